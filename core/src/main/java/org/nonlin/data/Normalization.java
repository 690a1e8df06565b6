package org.nonlin.data;

import java.util.Locale;

/** How {@link Normalizer} rescales each feature, fitted on training data. */
public enum Normalization {
  /** No rescaling: {@code x' = x}. */
  NONE("none"),
  /**
   * Min-max scaling to [0, 1] as in the chapter: {@code x' = (x - min) / (max - min)} with the
   * training minimum and maximum of the feature; a constant feature maps to 0.
   */
  MIN_MAX("min-max"),
  /**
   * Standard score: {@code x' = (x - mean) / std} with the training mean and population standard
   * deviation {@code sqrt(sum((x - mean)^2) / n)} of the feature; a constant feature maps to 0.
   */
  Z_SCORE("z-score");

  private final String jsonName;

  Normalization(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The name used in model files and on the command line: none, min-max, z-score. */
  public String jsonName() {
    return jsonName;
  }

  /**
   * The method of a name: {@code none}, {@code min-max} or {@code z-score}, in any case, with
   * {@code _} or no separator accepted in place of {@code -} ({@code minmax}, {@code z_score}).
   *
   * @throws IllegalArgumentException naming the allowed names
   */
  public static Normalization parse(String name) {
    String key = name.strip().toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    for (Normalization method : values()) {
      if (method.jsonName.replace("-", "").equals(key)) {
        return method;
      }
    }
    throw new IllegalArgumentException(
        "normalization \"" + name + "\" must be none, min-max or z-score");
  }
}
