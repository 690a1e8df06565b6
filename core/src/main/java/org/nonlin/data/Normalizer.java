package org.nonlin.data;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nonlin.io.DataFormatException;
import org.nonlin.io.JsonFields;

/**
 * Per-feature rescaling fitted on training data and applied unchanged to any later data (test sets,
 * prediction rows), so that no statistic of the test data leaks into the model.
 *
 * <p>Every method is {@code x' = (x - offset_j) / spread_j} for feature j, with {@code x' = 0}
 * where {@code spread_j = 0} (a feature that was constant in training):
 *
 * <ul>
 *   <li>{@link Normalization#MIN_MAX}: offset = training min, spread = max - min, so training
 *       values land in [0, 1]; later values outside the training range land outside [0, 1] (they
 *       are not clipped).
 *   <li>{@link Normalization#Z_SCORE}: offset = training mean, spread = population standard
 *       deviation.
 *   <li>{@link Normalization#NONE}: offset 0, spread 1.
 * </ul>
 *
 * <p>Statistics are computed in double precision (the deviation in a second pass over the data,
 * which avoids the cancellation of the one-pass formula); results are rounded to float. NaN inputs
 * give NaN outputs; results beyond the float range become infinite.
 */
public final class Normalizer {

  private final Normalization method;
  private final double[] offsets;
  private final double[] limits;
  private final double[] spreads;

  /**
   * @param offsets min, mean or 0 per feature
   * @param limits max, standard deviation or 1 per feature: the parameters as they are stored
   */
  private Normalizer(Normalization method, double[] offsets, double[] limits) {
    if (offsets.length != limits.length || offsets.length == 0) {
      throw new IllegalArgumentException(
          offsets.length
              + " and "
              + limits.length
              + " parameters must be given for equally many features, at least 1");
    }
    this.method = method;
    this.offsets = offsets;
    this.limits = limits;
    this.spreads = new double[offsets.length];
    for (int j = 0; j < offsets.length; j++) {
      spreads[j] = method == Normalization.MIN_MAX ? limits[j] - offsets[j] : limits[j];
      if (!Double.isFinite(offsets[j]) || !Double.isFinite(spreads[j]) || spreads[j] < 0) {
        throw new IllegalArgumentException(
            "feature "
                + j
                + " parameters "
                + offsets[j]
                + " and "
                + limits[j]
                + " must be finite, with a spread >= 0");
      }
    }
  }

  /**
   * Fits a normalizer on training data: per feature the minimum and maximum ({@link
   * Normalization#MIN_MAX}) or the mean and population standard deviation ({@link
   * Normalization#Z_SCORE}).
   */
  public static Normalizer fit(Normalization method, Dataset train) {
    if (method == Normalization.NONE) {
      return identity(train.cols());
    }
    double[] offsets = new double[train.cols()];
    double[] limits = new double[train.cols()];
    for (int j = 0; j < offsets.length; j++) {
      if (method == Normalization.MIN_MAX) {
        offsets[j] = Double.POSITIVE_INFINITY;
        limits[j] = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < train.rows(); i++) {
          offsets[j] = Math.min(offsets[j], train.feature(i, j));
          limits[j] = Math.max(limits[j], train.feature(i, j));
        }
      } else {
        offsets[j] = mean(train, j);
        limits[j] = Math.sqrt(meanSquaredDeviation(train, j, offsets[j]));
      }
    }
    return new Normalizer(method, offsets, limits);
  }

  private static double mean(Dataset data, int j) {
    double sum = 0;
    for (int i = 0; i < data.rows(); i++) {
      sum += data.feature(i, j);
    }
    return sum / data.rows();
  }

  private static double meanSquaredDeviation(Dataset data, int j, double mean) {
    double squares = 0;
    for (int i = 0; i < data.rows(); i++) {
      double deviation = data.feature(i, j) - mean;
      squares += deviation * deviation;
    }
    return squares / data.rows();
  }

  /** The normalizer that leaves {@code cols} features unchanged. */
  public static Normalizer identity(int cols) {
    if (cols < 1) {
      throw new IllegalArgumentException("feature columns " + cols + " must be >= 1");
    }
    double[] ones = new double[cols];
    Arrays.fill(ones, 1);
    return new Normalizer(Normalization.NONE, new double[cols], ones);
  }

  /** The method this normalizer was fitted with. */
  public Normalization method() {
    return method;
  }

  /** Number of features it rescales. */
  public int cols() {
    return offsets.length;
  }

  /** A copy of the per-feature offsets (min, mean or 0). */
  public double[] offsets() {
    return offsets.clone();
  }

  /** A copy of the per-feature spreads (max - min, standard deviation or 1). */
  public double[] spreads() {
    return spreads.clone();
  }

  /**
   * Whether this normalizer changes nothing: {@link Normalization#NONE}, or offsets all 0 and
   * spreads all 1.
   */
  public boolean isIdentity() {
    for (int j = 0; j < offsets.length; j++) {
      if (offsets[j] != 0 || spreads[j] != 1) {
        return false;
      }
    }
    return true;
  }

  /**
   * A copy of a data set with rescaled features; labels, targets and names are kept.
   *
   * @throws IllegalArgumentException when the data set has another number of features, or a
   *     rescaled value overflows the float range
   */
  public Dataset apply(Dataset data) {
    checkCols(data.cols());
    float[] x = data.featureArray();
    applyInPlace(x);
    return data.withFeatures(x);
  }

  /**
   * Rescales a block of rows in place.
   *
   * @param rows whole rows of {@link #cols()} features, row-major; modified
   * @throws IllegalArgumentException when the length is not a multiple of {@link #cols()}
   */
  public void applyInPlace(float[] rows) {
    int cols = offsets.length;
    if (rows.length % cols != 0) {
      throw new IllegalArgumentException(
          "row block of length " + rows.length + " is not whole rows of " + cols + " features");
    }
    for (int at = 0; at < rows.length; at += cols) {
      for (int j = 0; j < cols; j++) {
        rows[at + j] = spreads[j] == 0 ? 0f : (float) ((rows[at + j] - offsets[j]) / spreads[j]);
      }
    }
  }

  private void checkCols(int cols) {
    if (cols != offsets.length) {
      throw new IllegalArgumentException(
          "data with "
              + cols
              + " features cannot be normalized by a normalizer fitted on "
              + offsets.length
              + " features");
    }
  }

  /**
   * This normalizer as a JSON-compatible map: {@code {"method": "min-max", "min": [...], "max":
   * [...]}}, {@code {"method": "z-score", "mean": [...], "std": [...]}} or {@code {"method":
   * "none", "features": n}}.
   */
  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("method", method.jsonName());
    switch (method) {
      case MIN_MAX -> {
        map.put("min", offsets.clone());
        map.put("max", limits.clone());
      }
      case Z_SCORE -> {
        map.put("mean", offsets.clone());
        map.put("std", limits.clone());
      }
      case NONE -> map.put("features", (long) offsets.length);
    }
    return map;
  }

  /**
   * Reads a normalizer written by {@link #toMap()}.
   *
   * @throws DataFormatException naming the key that is missing, mistyped or inconsistent
   */
  public static Normalizer fromMap(Map<String, ?> map) {
    Normalization method;
    try {
      method = Normalization.parse(JsonFields.string(map, "method"));
    } catch (IllegalArgumentException e) {
      throw new DataFormatException(null, 0, "method", null, e.getMessage(), null);
    }
    try {
      return switch (method) {
        case MIN_MAX ->
            new Normalizer(method, JsonFields.doubles(map, "min"), JsonFields.doubles(map, "max"));
        case Z_SCORE ->
            new Normalizer(method, JsonFields.doubles(map, "mean"), JsonFields.doubles(map, "std"));
        case NONE -> identity(JsonFields.integer(map, "features"));
      };
    } catch (IllegalArgumentException e) {
      throw new DataFormatException(null, 0, method.jsonName(), null, e.getMessage(), null);
    }
  }

  @Override
  public String toString() {
    return "Normalizer[" + method.jsonName() + ", " + offsets.length + " features]";
  }
}
