package org.nonlin.testing;

/** Seeds and tolerances shared by all tests, so that none is tuned per test. */
public final class Tolerances {

  /** The seed every seeded test starts from unless it needs several. */
  public static final long SEED = 20261203L;

  /** Absolute tolerance for float64 arithmetic checked against a hand computation. */
  public static final double EXACT = 1e-12;

  /** Absolute tolerance for float32 arithmetic checked against a float64 reference. */
  public static final double FLOAT = 1e-5;

  /** Tolerance for figures quoted to three decimals, as the chapter prints them. */
  public static final double THREE_DECIMALS = 5e-4;

  /** Largest relative error a float64 central-difference gradient check may show. */
  public static final double GRADIENT = 1e-7;

  private Tolerances() {}
}
