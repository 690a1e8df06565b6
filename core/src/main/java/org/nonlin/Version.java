package org.nonlin;

/** The library's version, as written into model files and printed by the CLI. */
public final class Version {

  /** The version of this build of nonlin. */
  public static final String CURRENT = "0.1.0";

  private Version() {}
}
