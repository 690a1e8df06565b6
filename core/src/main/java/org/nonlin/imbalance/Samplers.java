package org.nonlin.imbalance;

/**
 * Reads the samplers' compact text forms, as used by the CLI. Every sampler's {@link
 * Sampler#spec()} is read back into an equal sampler; parameters at their defaults may be written
 * or left out, and {@code spec()} leaves them out.
 */
public final class Samplers {

  /** The accepted forms, listed in every parse error. */
  public static final String FORMS =
      String.join(
          "\n",
          "accepted forms, every parameter optional; <ratio> is one part per class (1:1, 3:2:1),"
              + " <target> is",
          "<ratio>, counts=n (every class) or counts=n0:n1:... (per class); left out, classes are"
              + " balanced:",
          "  under(<target>)                random under-sampling without replacement",
          "  over(<target>)                 random over-sampling with replacement",
          "  combined(<target>)             both, meeting at the mean class size",
          "  centroids(<target>)            k-means centres replace the larger classes",
          "  attribute(<target>)            new rows from each feature's observed values",
          "  nearmiss(<v>,k=<k>,ratio=<ratio>|counts=...)  NearMiss version v = 1, 2 or 3"
              + " (default "
              + NearMiss.DEFAULT_VERSION
              + "), k default "
              + NearMiss.DEFAULT_K,
          "  smote(k=<k>,ratio=<ratio>|counts=...)   SMOTE, k default " + Smote.DEFAULT_K,
          "  adasyn(k=<k>,ratio=<ratio>|counts=...)  ADASYN, k default " + Adasyn.DEFAULT_K,
          "  tomek                          remove the larger-class member of each Tomek link",
          "e.g. under, under(2:1), combined(counts=500), nearmiss(2,k=5), smote(k=3,ratio=2:1)");

  private Samplers() {}

  /**
   * The sampler a text form describes, e.g. {@code under(2:1)}, {@code smote(k=3)} or {@code
   * nearmiss(2,k=5)}.
   *
   * @throws IllegalArgumentException quoting the text, saying what is wrong and listing {@link
   *     #FORMS}
   */
  public static Sampler parse(String spec) {
    try {
      SpecArgs args = SpecArgs.parse(spec);
      Sampler sampler = build(args);
      args.requireAllRead();
      return sampler;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "sampler '" + spec + "' is not valid: " + e.getMessage() + "\n" + FORMS, e);
    }
  }

  private static Sampler build(SpecArgs args) {
    return switch (args.name()) {
      case "under" -> RandomSampler.under(args.target());
      case "over" -> RandomSampler.over(args.target());
      case "combined" -> RandomSampler.combined(args.target());
      case "centroids" -> new ClusterCentroids(args.target());
      case "attribute" -> new AttributeSampler(args.target());
      case "tomek" -> new TomekLinks();
      case "nearmiss" -> nearMiss(args);
      case "smote" -> {
        TargetRatio target = args.target();
        yield new Smote(args.keyedInteger("k", Smote.DEFAULT_K), target);
      }
      case "adasyn" -> {
        TargetRatio target = args.target();
        yield new Adasyn(args.keyedInteger("k", Adasyn.DEFAULT_K), target);
      }
      default -> throw new IllegalArgumentException("there is no sampler '" + args.name() + "'");
    };
  }

  private static Sampler nearMiss(SpecArgs args) {
    TargetRatio target = args.target();
    int version = args.bareInteger("version", NearMiss.DEFAULT_VERSION);
    return new NearMiss(version, args.keyedInteger("k", NearMiss.DEFAULT_K), target);
  }
}
