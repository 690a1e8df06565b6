package org.nonlin.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A per-feature affine transform {@code x' = (x − shift_j) / scale_j}, fitted on training data only
 * and stored with the model so that prediction applies the same transform.
 *
 * <ul>
 *   <li>{@link Kind#MIN_MAX} (the chapter's): shift = min, scale = max − min, mapping the training
 *       range onto [0, 1]; a constant column gets scale 1 and so maps to 0.
 *   <li>{@link Kind#Z_SCORE}: shift = mean, scale = population standard deviation; a constant
 *       column gets scale 1.
 *   <li>{@link Kind#NONE}: the identity.
 * </ul>
 *
 * Values outside the training range map outside [0, 1]; nothing is clipped.
 */
public final class Normalizer {

  /** The transforms on offer. */
  public enum Kind {
    /** No transform. */
    NONE,
    /** Training range onto [0, 1]. */
    MIN_MAX,
    /** Zero mean, unit variance over the training data. */
    Z_SCORE;

    /** The name used on the command line and in model files. */
    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Parses {@code none}, {@code min-max} (or {@code minmax}) or {@code z-score} ({@code zscore}).
     */
    public static Kind parse(String text) {
      String t = text.trim().toLowerCase(Locale.ROOT).replace("_", "-");
      for (Kind kind : values()) {
        if (kind.label().equals(t) || kind.label().replace("-", "").equals(t)) {
          return kind;
        }
      }
      throw new IllegalArgumentException(
          "normalisation '" + text + "' is not known; expected none, min-max or z-score");
    }
  }

  private final Kind kind;
  private final double[] shift;
  private final double[] scale;

  private Normalizer(Kind kind, double[] shift, double[] scale) {
    this.kind = kind;
    this.shift = shift;
    this.scale = scale;
  }

  /** Fits a transform of the given kind to the features of {@code train}. */
  public static Normalizer fit(Kind kind, Dataset train) {
    int cols = train.cols();
    double[] shift = new double[cols];
    double[] scale = new double[cols];
    for (int c = 0; c < cols; c++) {
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      double sum = 0;
      for (int r = 0; r < train.rows(); r++) {
        double v = train.feature(r, c);
        min = Math.min(min, v);
        max = Math.max(max, v);
        sum += v;
      }
      double mean = sum / train.rows();
      double squares = 0;
      for (int r = 0; r < train.rows(); r++) {
        double d = train.feature(r, c) - mean;
        squares += d * d;
      }
      double std = Math.sqrt(squares / train.rows());
      switch (kind) {
        case MIN_MAX:
          shift[c] = min;
          scale[c] = max > min ? max - min : 1.0;
          break;
        case Z_SCORE:
          shift[c] = mean;
          scale[c] = std > 0 ? std : 1.0;
          break;
        default:
          scale[c] = 1.0;
          break;
      }
    }
    return new Normalizer(kind, shift, scale);
  }

  /** The kind of transform. */
  public Kind kind() {
    return kind;
  }

  /** Number of features this transform expects. */
  public int width() {
    return shift.length;
  }

  /** Returns {@code data} with every feature transformed; labels and names are kept. */
  public Dataset apply(Dataset data) {
    requireWidth(data.cols());
    if (kind == Kind.NONE) {
      return data;
    }
    float[] x = data.featureArray();
    applyInPlace(x);
    return data.withFeatures(x);
  }

  /** Transforms row-major rows of {@link #width()} features in place; modifies {@code x}. */
  public void applyInPlace(float[] x) {
    int cols = shift.length;
    if (x.length % cols != 0) {
      throw new IllegalArgumentException(
          x.length + " values are not whole rows of " + cols + " features");
    }
    for (int i = 0; i < x.length; i++) {
      int c = i % cols;
      x[i] = (float) ((x[i] - shift[c]) / scale[c]);
    }
  }

  private void requireWidth(int cols) {
    if (cols != shift.length) {
      throw new IllegalArgumentException(
          "data has " + cols + " features; the normaliser was fitted on " + shift.length);
    }
  }

  /** A JSON-ready description: {@code kind}, {@code shift}, {@code scale}. */
  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("kind", kind.label());
    map.put("shift", toList(shift));
    map.put("scale", toList(scale));
    return map;
  }

  /** Reads back what {@link #toMap} wrote. */
  public static Normalizer fromMap(Map<String, Object> map) {
    Kind kind = Kind.parse(String.valueOf(map.get("kind")));
    double[] shift = toArray(map.get("shift"), "shift");
    double[] scale = toArray(map.get("scale"), "scale");
    if (shift.length != scale.length) {
      throw new IllegalArgumentException(
          "normaliser shift has " + shift.length + " values but scale has " + scale.length);
    }
    for (double s : scale) {
      if (!(s > 0) || Double.isInfinite(s)) {
        throw new IllegalArgumentException("normaliser scale " + s + " must be finite and > 0");
      }
    }
    return new Normalizer(kind, shift, scale);
  }

  private static List<Object> toList(double[] values) {
    List<Object> list = new ArrayList<>(values.length);
    for (double v : values) {
      list.add(v);
    }
    return list;
  }

  private static double[] toArray(Object value, String name) {
    if (!(value instanceof List<?> list)) {
      throw new IllegalArgumentException("normaliser " + name + " must be a list of numbers");
    }
    double[] out = new double[list.size()];
    for (int i = 0; i < out.length; i++) {
      if (!(list.get(i) instanceof Number n)) {
        throw new IllegalArgumentException(
            "normaliser " + name + "[" + i + "] = " + list.get(i) + " is not a number");
      }
      out[i] = n.doubleValue();
    }
    return out;
  }
}
