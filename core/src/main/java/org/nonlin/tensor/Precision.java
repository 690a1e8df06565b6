package org.nonlin.tensor;

/**
 * The floating-point width a network computes in. {@link #FLOAT32} is the fast path for training
 * and inference; {@link #FLOAT64} serves gradient checks and users who ask for it. The network code
 * is written once against {@link Matrix}; only the kernels differ.
 */
public enum Precision {
  /** IEEE 754 single precision: half the memory and twice the SIMD lanes of float64. */
  FLOAT32,
  /** IEEE 754 double precision: for gradient checks and numerically delicate work. */
  FLOAT64;

  /**
   * Parses {@code float32}/{@code f32}/{@code float} or {@code float64}/{@code f64}/{@code double}.
   */
  public static Precision parse(String text) {
    switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "float32":
      case "f32":
      case "float":
        return FLOAT32;
      case "float64":
      case "f64":
      case "double":
        return FLOAT64;
      default:
        throw new IllegalArgumentException(
            "precision '" + text + "' is not known; expected float32 or float64");
    }
  }

  /** The lower-case name used on the command line and in model files. */
  public String label() {
    return this == FLOAT32 ? "float32" : "float64";
  }
}
