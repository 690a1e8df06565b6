package org.nonlin.gradcheck;

import org.nonlin.nn.Architecture;
import org.nonlin.nn.Initializer;
import org.nonlin.nn.Network;
import org.nonlin.tensor.Precision;
import org.nonlin.testing.Tolerances;

/** Networks and options the gradient-check tests share, all seeded with {@link Tolerances#SEED}. */
final class Fixtures {

  private Fixtures() {}

  /** A float64 network of {@code arch} with Xavier weights. */
  static Network network(Architecture arch) {
    return Network.create(arch, Initializer.XAVIER, Precision.FLOAT64, Tolerances.SEED);
  }

  /** A float64 network of the architecture spelled {@code spec}, with Xavier weights. */
  static Network network(String spec) {
    return network(Architecture.parse(spec));
  }

  /** The default options with the shared seed. */
  static GradientCheckOptions options() {
    return builder().build();
  }

  /** A builder of the default options with the shared seed. */
  static GradientCheckOptions.Builder builder() {
    return GradientCheckOptions.builder().seed(Tolerances.SEED);
  }

  /** {@link CheckData#DEFAULT_SAMPLES} random samples for {@code network}, seeded. */
  static CheckData data(Network network) {
    return CheckData.random(network.architecture(), CheckData.DEFAULT_SAMPLES, Tolerances.SEED);
  }
}
