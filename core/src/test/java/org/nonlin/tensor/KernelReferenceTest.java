package org.nonlin.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nonlin.testing.Tolerances;

/**
 * Checks the float32 kernels against plain loops written from the definitions: products on random
 * shapes (odd sizes, single rows and columns, all three transpose cases) must match bit for bit,
 * since the kernels promise the reference's order of fused multiply-adds; the element-wise
 * functions must round to the same float as {@link Math} almost always and never be more than one
 * float ulp away. Both kernel sets are checked: the scalar one and the one this JVM chose (the
 * Vector API one when the tests run with the incubator module, as the build configures them).
 */
class KernelReferenceTest {

  private static final int[] SIZES = {1, 2, 3, 7, 8, 15, 16, 17, 33, 64, 65};

  @Test
  void multiply_randomShapesAllTransposes_equalsReferenceBitForBit() {
    // given
    SplittableRandom random = new SplittableRandom(Tolerances.SEED);

    for (int trial = 0; trial < 150; trial++) {
      int m = SIZES[random.nextInt(SIZES.length)];
      int n = SIZES[random.nextInt(SIZES.length)];
      int k = SIZES[random.nextInt(SIZES.length)];
      boolean ta = trial % 3 == 1;
      boolean tb = trial % 3 == 2;
      float alpha = trial % 2 == 0 ? 1f : 1f / 3;
      float beta = trial % 5 == 0 ? 0.5f : 0f;
      FloatMatrix a = sparse(ta ? k : m, ta ? m : k, random);
      FloatMatrix b = sparse(tb ? n : k, tb ? k : n, random);
      FloatMatrix c = sparse(m, n, random);
      float[] expected = reference(a, ta, b, tb, c, alpha, beta);

      // when
      c.multiply(a, ta, b, tb, alpha, beta);

      // then
      assertArrayEquals(expected, c.toFloatArray(), m + "x" + k + "x" + n + " ta=" + ta);
    }
  }

  @Test
  void accumulate_scalarAndChosenKernels_agreeBitForBit() {
    // given: the 784x64 first layer of the chapter's network on a batch of 37 rows
    SplittableRandom random = new SplittableRandom(Tolerances.SEED);
    FloatMatrix x = sparse(37, 784, random);
    FloatMatrix w = sparse(784, 64, random);
    FloatOps chosen = FloatOps.instance();
    FloatOps scalar = new ScalarFloatOps();

    // when
    float[] fromChosen = new float[37 * 64];
    float[] fromScalar = new float[37 * 64];
    chosen.accumulate(
        x.array(), 784, 1, 0.5f, stripes(w, chosen), 784, 64, fromChosen, 0, 37, scratch(chosen));
    scalar.accumulate(
        x.array(), 784, 1, 0.5f, stripes(w, scalar), 784, 64, fromScalar, 0, 37, scratch(scalar));

    // then
    assertArrayEquals(fromScalar, fromChosen);
  }

  @Test
  void elementwise_scalarAndChosenKernels_agreeBitForBit() {
    // given
    SplittableRandom random = new SplittableRandom(Tolerances.SEED);
    int n = 515;
    float[] z = new float[n];
    for (int i = 0; i < n; i++) {
      z[i] = (float) (random.nextDouble(-12, 12) * (i % 3 == 0 ? 0.01 : 1));
    }
    FloatOps chosen = FloatOps.instance();
    FloatOps scalar = new ScalarFloatOps();
    float[][] out = new float[4][n];

    // when
    chosen.sigmoid(z, out[0], n);
    scalar.sigmoid(z, out[1], n);
    chosen.tanh(z, out[2], n);
    scalar.tanh(z, out[3], n);

    // then
    assertArrayEquals(out[1], out[0]);
    assertArrayEquals(out[3], out[2]);
  }

  @Test
  void multiply_zeroAgainstInfinity_contributesNothing() {
    // given: a = [0 2], b = [inf 1; 3 4]
    FloatMatrix a = FloatMatrix.of(1, 2, 0f, 2f);
    FloatMatrix b = FloatMatrix.of(2, 2, Float.POSITIVE_INFINITY, 1f, 3f, 4f);
    FloatMatrix c = new FloatMatrix(1, 2);

    // when
    c.multiply(a, false, b, false, 1.0, 0.0);

    // then: 0 skips the infinite row; 2·3 = 6 and 2·4 = 8
    assertArrayEquals(new float[] {6f, 8f}, c.toFloatArray());
  }

  @Test
  void multiply_zeroAgainstInfinityWithBeta_contributesNothing() {
    // given: c = [1 1], a = [0 2], b = [inf 1; 3 4]
    FloatMatrix a = FloatMatrix.of(1, 2, 0f, 2f);
    FloatMatrix b = FloatMatrix.of(2, 2, Float.POSITIVE_INFINITY, 1f, 3f, 4f);
    FloatMatrix c = FloatMatrix.of(1, 2, 1f, 1f);

    // when
    c.multiply(a, false, b, false, 1.0, 0.5);

    // then: 0.5·1 + 2·3 = 6.5 and 0.5·1 + 2·4 = 8.5
    assertArrayEquals(new float[] {6.5f, 8.5f}, c.toFloatArray());
  }

  @Test
  void multiply_largeProduct_sameResultAsOneChunkAtATime() {
    // given: a product large enough to be shared between threads (128x784 by 784x64)
    SplittableRandom random = new SplittableRandom(Tolerances.SEED);
    FloatMatrix x = sparse(128, 784, random);
    FloatMatrix w = sparse(784, 64, random);
    FloatMatrix c = new FloatMatrix(128, 64);

    // when
    c.multiply(x, false, w, false, 1.0, 0.0);

    // then: the plain loops, which run on one thread, give the same bits
    assertArrayEquals(reference(x, false, w, false, new FloatMatrix(128, 64), 1f, 0f), c.array());
  }

  @Test
  void sigmoidAndTanh_wideRange_withinOneUlpOfMath() {
    // given: z spread over [-40, 40] plus the edges of the tanh series and the clamp
    float[] z = new float[4099];
    for (int i = 0; i < 4096; i++) {
      z[i] = -40f + 80f * i / 4095f;
    }
    z[4096] = 0.0624f;
    z[4097] = -1000f;
    z[4098] = -0f;
    FloatMatrix zs = FloatMatrix.of(1, z.length, z);
    FloatMatrix s = new FloatMatrix(1, z.length);
    FloatMatrix t = new FloatMatrix(1, z.length);

    // when
    zs.sigmoid(s);
    zs.tanh(t);

    // then: each within one float ulp of the double-precision Math result, rounded
    int sameSigmoid = 0;
    int sameTanh = 0;
    for (int i = 0; i < z.length; i++) {
      float expectedSigmoid = (float) (1.0 / (1.0 + Math.exp(-(double) z[i])));
      float expectedTanh = (float) Math.tanh(z[i]);
      assertEquals(expectedSigmoid, s.array()[i], Math.ulp(expectedSigmoid), "sigmoid " + z[i]);
      assertEquals(expectedTanh, t.array()[i], Math.ulp(expectedTanh), "tanh " + z[i]);
      sameSigmoid += expectedSigmoid == s.array()[i] ? 1 : 0;
      sameTanh += expectedTanh == t.array()[i] ? 1 : 0;
    }
    assertTrue(sameSigmoid >= z.length - 2, sameSigmoid + " of " + z.length + " identical");
    assertTrue(sameTanh >= z.length - 2, sameTanh + " of " + z.length + " identical");
    assertEquals(-0f, t.array()[4098]);
  }

  @Test
  void sigmoidAndTanh_nonFinite_followMath() {
    // given
    FloatMatrix z =
        FloatMatrix.of(1, 3, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY);
    FloatMatrix s = new FloatMatrix(1, 3);
    FloatMatrix t = new FloatMatrix(1, 3);

    // when
    z.sigmoid(s);
    z.tanh(t);

    // then: σ(NaN) = NaN, σ(∞) = 1, σ(−∞) = 0; tanh(NaN) = NaN, tanh(±∞) = ±1
    assertArrayEquals(new float[] {Float.NaN, 1f, 0f}, s.toFloatArray());
    assertArrayEquals(new float[] {Float.NaN, 1f, -1f}, t.toFloatArray());
  }

  @Test
  void derivatives_randomActivations_equalDoubleFormulaRounded() {
    // given
    SplittableRandom random = new SplittableRandom(Tolerances.SEED);
    int n = 1027;
    float[] a = new float[n];
    float[] d = new float[n];
    for (int i = 0; i < n; i++) {
      a[i] = (float) random.nextDouble(-1, 1);
      d[i] = (float) random.nextDouble(-1, 1);
    }
    FloatMatrix as = FloatMatrix.of(1, n, a);
    FloatMatrix sigmoidGrad = FloatMatrix.of(1, n, d);
    FloatMatrix tanhGrad = FloatMatrix.of(1, n, d);

    // when
    sigmoidGrad.multiplyBySigmoidDerivative(as);
    tanhGrad.multiplyByTanhDerivative(as);

    // then: d·(float) (a(1 − a)) and d·(float) (1 − a²), the factors in double
    for (int i = 0; i < n; i++) {
      double ai = a[i];
      assertEquals(d[i] * (float) (ai * (1.0 - ai)), sigmoidGrad.array()[i]);
      assertEquals(d[i] * (float) (1.0 - ai * ai), tanhGrad.array()[i]);
    }
  }

  /**
   * The definition: {@code beta·c} (0 when beta is 0), then fma(alpha·a_ip, b_pj, ·) in p order.
   */
  private static float[] reference(
      FloatMatrix a,
      boolean ta,
      FloatMatrix b,
      boolean tb,
      FloatMatrix c,
      float alpha,
      float beta) {
    int m = c.rows();
    int n = c.cols();
    int k = ta ? a.rows() : a.cols();
    float[] out = new float[m * n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        float sum = beta == 0f ? 0f : beta * (float) c.get(i, j);
        for (int p = 0; p < k; p++) {
          float s = alpha * (float) (ta ? a.get(p, i) : a.get(i, p));
          if (s != 0f) {
            sum = Math.fma(s, (float) (tb ? b.get(j, p) : b.get(p, j)), sum);
          }
        }
        out[i * n + j] = sum;
      }
    }
    return out;
  }

  /** Random values in [-1, 1) with about half of them exactly 0, like pixels. */
  private static FloatMatrix sparse(int rows, int cols, SplittableRandom random) {
    FloatMatrix m = new FloatMatrix(rows, cols);
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        m.set(i, j, random.nextBoolean() ? 0.0 : random.nextDouble(-1, 1));
      }
    }
    return m;
  }

  /** Scratch space for {@link FloatOps#accumulate} on the 784-wide first layer. */
  private static float[] scratch(FloatOps ops) {
    return new float[ops.scratchSize(784)];
  }

  /** The stripe panel {@link FloatOps#accumulate} reads, built from its definition. */
  private static float[] stripes(FloatMatrix b, FloatOps ops) {
    int k = b.rows();
    int n = b.cols();
    int width = ops.stripeWidth();
    float[] panel = new float[k * n];
    for (int j0 = 0; j0 < n; j0 += width) {
      int w = Math.min(width, n - j0);
      for (int p = 0; p < k; p++) {
        for (int j = 0; j < w; j++) {
          panel[j0 * k + p * w + j] = (float) b.get(p, j0 + j);
        }
      }
    }
    return panel;
  }
}
