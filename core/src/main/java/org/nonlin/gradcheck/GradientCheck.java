package org.nonlin.gradcheck;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.nonlin.nn.Architecture;
import org.nonlin.nn.Network;
import org.nonlin.tensor.Matrix;
import org.nonlin.tensor.Precision;

/**
 * The chapter's gradient check (section 1.4.3) for any network nonlin builds: compares backprop's
 * gradient with two-sided finite differences of the loss J and says whether backprop is right.
 *
 * <ol>
 *   <li>The network is copied to float64 (the caller's network is never modified), dropout is off
 *       (keep probability 1) and, when asked, {@link GradientCheckOptions#trainingSteps} gradient
 *       steps are taken on the check data first.
 *   <li>θ is every W and B, layer by layer (W1, B1, W2, B2, ..., each row-major), and {@code
 *       dθ_real} is backprop's gradient in the same order, from one forward and one backward pass.
 *   <li>For each checked θi, {@code dθ_approx,i = (J(θi + h) − J(θi − h)) / 2h}, with J = {@link
 *       Network#loss} including the L2 term when λ > 0; θi is restored exactly afterwards.
 *   <li>Per group and overall, {@code diff = ‖dθ_real − dθ_approx‖₂ / (‖dθ_approx‖₂ + ‖dθ_real‖₂)}
 *       (0 when both norms are 0), read by {@link Verdict#of}.
 * </ol>
 *
 * <p>A network counts as non-smooth when a hidden activation is named {@code relu} or {@code
 * leakyrelu...}: the finite difference may straddle a kink at z = 0 there, so a diff between 1e-7
 * and 1e-4 is {@link Verdict#ACCEPTABLE}. A custom activation with a kink should carry one of these
 * names to get that allowance; otherwise it is judged by the stricter smooth bands. A unit whose z
 * sits exactly on the kink (all-zero weights, say) is another matter: backprop takes f'(0) as the
 * left slope while the difference averages both slopes, so diff can then be large however right the
 * code is; check from random, non-zero weights.
 *
 * <p>Cost: two forward passes over the check data per checked parameter. Groups larger than {@link
 * GradientCheckOptions#maxPerGroup} are checked on a seeded random subset of their entries.
 *
 * <p>Precision: the central difference errs by about {@code h²·|J'''|/6} from truncation and {@code
 * 1e-16·|J|/h} from rounding; a group whose gradient is itself near that rounding floor (about
 * 1e-11 with the default h) can show a large diff though backprop is right.
 */
public final class GradientCheck {

  private GradientCheck() {}

  /**
   * Checks {@code network} on {@link CheckData#DEFAULT_SAMPLES} random samples ({@link
   * CheckData#random}) seeded with {@link GradientCheckOptions#seed}.
   */
  public static GradientCheckReport run(Network network, GradientCheckOptions options) {
    CheckData data =
        CheckData.random(network.architecture(), CheckData.DEFAULT_SAMPLES, options.seed());
    return run(network, data, options);
  }

  /**
   * Checks {@code network} on {@code data}; modifies neither.
   *
   * @throws IllegalArgumentException when the data's widths do not fit the network
   * @throws org.nonlin.train.DivergenceException when the training steps drive J to NaN or infinity
   */
  public static GradientCheckReport run(
      Network network, CheckData data, GradientCheckOptions options) {
    return run(network, data, options, gradients -> {});
  }

  /**
   * Checks {@code network} on {@code data}, letting {@code gradientHook} change backprop's
   * gradients (copies, in the order W1, B1, W2, ...; the list is unmodifiable, the matrices are
   * not) before they are compared. A testing aid: it plants a known mistake (a forgotten 1/m, a
   * transposed product) to show that the check catches it, or stands in for a user's own gradient
   * code. The training steps use the true gradients.
   */
  public static GradientCheckReport run(
      Network network,
      CheckData data,
      GradientCheckOptions options,
      Consumer<List<Matrix>> gradientHook) {
    Architecture arch = network.architecture();
    data.requireFits(arch);
    boolean smooth = isSmooth(arch);

    Probe probe = new Probe(network.copy(Precision.FLOAT64), data, options.l2());
    probe.train(options.trainingSteps(), options.learningRate());
    List<Matrix> real = Collections.unmodifiableList(probe.gradients());
    gradientHook.accept(real);

    SplittableRandom picker = new SplittableRandom(options.seed()).split();
    List<Matrix> params = probe.parameters();
    List<String> names = probe.parameterNames();
    List<GroupResult> groups = new ArrayList<>();
    List<ParameterResult> checked = new ArrayList<>();
    Norms overall = new Norms();
    for (int g = 0; g < params.size(); g++) {
      Matrix param = params.get(g);
      int total = param.rows() * param.cols();
      int[] indices = Subsets.choose(total, options.maxPerGroup(), picker);
      Norms norms = new Norms();
      for (int index : indices) {
        ParameterResult p = check(probe, names.get(g), param, real.get(g), index, options.step());
        norms.add(p);
        checked.add(p);
      }
      overall.add(norms);
      Verdict verdict = Verdict.of(norms.diff(), smooth);
      groups.add(
          new GroupResult(
              names.get(g),
              param.rows(),
              param.cols(),
              norms.diff(),
              verdict,
              indices.length,
              total));
    }

    Verdict verdict = Verdict.of(overall.diff(), smooth);
    return new GradientCheckReport(
        arch.toString(),
        options.step(),
        options.l2(),
        data.rows(),
        options.trainingSteps(),
        true,
        smooth,
        overall.diff(),
        verdict,
        groups,
        worst(checked, options.worstCount()));
  }

  /** Entry {@code index} (row-major) of a group: its backprop value against its difference. */
  private static ParameterResult check(
      Probe probe, String name, Matrix param, Matrix real, int index, double h) {
    int row = index / param.cols();
    int col = index % param.cols();
    double approx = probe.centralDifference(param, row, col, h);
    return new ParameterResult(name, index, row, col, real.get(row, col), approx);
  }

  /** True unless a hidden activation is ReLU or leaky ReLU, by its canonical name. */
  static boolean isSmooth(Architecture arch) {
    for (Architecture.LayerSpec layer : arch.hidden()) {
      String name = layer.activation().name();
      if (name.equals("relu") || name.startsWith("leakyrelu")) {
        return false;
      }
    }
    return true;
  }

  /** The {@code count} results with the largest absolute error, largest (and NaN) first. */
  private static List<ParameterResult> worst(List<ParameterResult> results, int count) {
    List<ParameterResult> sorted = new ArrayList<>(results);
    sorted.sort(Comparator.comparingDouble(ParameterResult::absoluteError).reversed());
    return sorted.subList(0, Math.min(count, sorted.size()));
  }

  /** Sums of squares behind diff: {@code Σ(real − approx)²}, {@code Σ real²}, {@code Σ approx²}. */
  private static final class Norms {
    private double delta;
    private double real;
    private double approx;

    void add(ParameterResult p) {
      double d = p.real() - p.approx();
      delta += d * d;
      real += p.real() * p.real();
      approx += p.approx() * p.approx();
    }

    void add(Norms other) {
      delta += other.delta;
      real += other.real;
      approx += other.approx;
    }

    double diff() {
      double denominator = Math.sqrt(approx) + Math.sqrt(real);
      return denominator == 0 ? 0 : Math.sqrt(delta) / denominator;
    }
  }
}
