package org.nonlin.bench;

import java.util.SplittableRandom;
import org.nonlin.data.Dataset;

/**
 * The baseline the issue calls "naive Java loops": the chapter's 784-64-16-10 network (sigmoid,
 * tanh, softmax, cross-entropy, plain SGD) written as textbook triple loops over float arrays, with
 * no blocking, no vectorisation help and no zero skipping. It does the same work per epoch as the
 * library and exists only to be timed next to it.
 */
final class NaiveMlp {

  private static final int[] WIDTHS = {784, 64, 16, 10};

  private final float[][] w = new float[3][];
  private final float[][] b = new float[3][];
  private final float[][] z = new float[3][];
  private final float[][] dz = new float[3][];
  private final float[][] dw = new float[3][];
  private final float[][] db = new float[3][];
  private final float[] x;
  private final int batch;

  NaiveMlp(int batch, long seed) {
    this.batch = batch;
    SplittableRandom random = new SplittableRandom(seed);
    for (int l = 0; l < 3; l++) {
      int in = WIDTHS[l];
      int out = WIDTHS[l + 1];
      double limit = Math.sqrt(6.0 / (in + out));
      w[l] = new float[in * out];
      for (int i = 0; i < w[l].length; i++) {
        w[l][i] = (float) ((2 * random.nextDouble() - 1) * limit);
      }
      b[l] = new float[out];
      z[l] = new float[batch * out];
      dz[l] = new float[batch * out];
      dw[l] = new float[in * out];
      db[l] = new float[out];
    }
    x = new float[batch * 784];
  }

  /** One epoch of SGD over {@code data} in the order {@code order}; returns the summed loss. */
  double epoch(Dataset data, int[] order, float rate) {
    double loss = 0;
    for (int from = 0; from < order.length; from += batch) {
      int m = Math.min(batch, order.length - from);
      data.gatherFeatures(order, from, from + m, x);
      loss += step(data, order, from, m, rate);
    }
    return loss;
  }

  private double step(Dataset data, int[] order, int from, int m, float rate) {
    // forward: Z = A·W + B, then sigmoid, tanh, softmax (in place: z holds A)
    float[] in = x;
    for (int l = 0; l < 3; l++) {
      dense(in, w[l], b[l], z[l], m, WIDTHS[l], WIDTHS[l + 1]);
      for (int i = 0; i < m * WIDTHS[l + 1]; i++) {
        z[l][i] = l == 0 ? (float) (1 / (1 + Math.exp(-z[l][i]))) : z[l][i];
        z[l][i] = l == 1 ? (float) Math.tanh(z[l][i]) : z[l][i];
      }
      in = z[l];
    }
    double loss = softmaxGradient(data, order, from, m);

    // backward: dW = Aᵀ·dZ / m, dB = Σ dZ / m, dA = dZ·Wᵀ, dZ = dA ⊙ f'
    for (int l = 2; l >= 0; l--) {
      float[] a = l == 0 ? x : z[l - 1];
      int fanIn = WIDTHS[l];
      int fanOut = WIDTHS[l + 1];
      for (int i = 0; i < fanIn; i++) {
        for (int j = 0; j < fanOut; j++) {
          float s = 0;
          for (int r = 0; r < m; r++) {
            s += a[r * fanIn + i] * dz[l][r * fanOut + j];
          }
          dw[l][i * fanOut + j] = s / m;
        }
      }
      for (int j = 0; j < fanOut; j++) {
        float s = 0;
        for (int r = 0; r < m; r++) {
          s += dz[l][r * fanOut + j];
        }
        db[l][j] = s / m;
      }
      if (l > 0) {
        for (int r = 0; r < m; r++) {
          for (int i = 0; i < fanIn; i++) {
            float s = 0;
            for (int j = 0; j < fanOut; j++) {
              s += dz[l][r * fanOut + j] * w[l][i * fanOut + j];
            }
            float ai = a[r * fanIn + i];
            dz[l - 1][r * fanIn + i] = s * (l == 1 ? ai * (1 - ai) : 1 - ai * ai);
          }
        }
      }
    }
    for (int l = 0; l < 3; l++) {
      for (int i = 0; i < w[l].length; i++) {
        w[l][i] -= rate * dw[l][i];
      }
      for (int j = 0; j < b[l].length; j++) {
        b[l][j] -= rate * db[l][j];
      }
    }
    return loss;
  }

  private static void dense(float[] a, float[] w, float[] b, float[] z, int m, int in, int out) {
    for (int r = 0; r < m; r++) {
      for (int j = 0; j < out; j++) {
        float s = b[j];
        for (int p = 0; p < in; p++) {
          s += a[r * in + p] * w[p * out + j];
        }
        z[r * out + j] = s;
      }
    }
  }

  /** Softmax of the scores in z[2], its cross-entropy, and dZ3 = A − Y. */
  private double softmaxGradient(Dataset data, int[] order, int from, int m) {
    double loss = 0;
    float[] s = z[2];
    for (int r = 0; r < m; r++) {
      float max = Float.NEGATIVE_INFINITY;
      for (int c = 0; c < 10; c++) {
        max = Math.max(max, s[r * 10 + c]);
      }
      float sum = 0;
      for (int c = 0; c < 10; c++) {
        s[r * 10 + c] = (float) Math.exp(s[r * 10 + c] - max);
        sum += s[r * 10 + c];
      }
      int label = data.label(order[from + r]);
      for (int c = 0; c < 10; c++) {
        s[r * 10 + c] /= sum;
        dz[2][r * 10 + c] = s[r * 10 + c] - (c == label ? 1 : 0);
      }
      loss -= Math.log(Math.max(s[r * 10 + label], 1e-30f));
    }
    return loss;
  }
}
