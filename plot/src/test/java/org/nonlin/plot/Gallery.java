package org.nonlin.plot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One sample of every chart on seeded synthetic data, to look at after a change: {@code main}
 * writes each as PNG and SVG into the directory given as its argument.
 */
final class Gallery {

  private Gallery() {}

  public static void main(String[] args) throws IOException {
    Path directory = Path.of(args.length > 0 ? args[0] : "target/plot-samples");
    Files.createDirectories(directory);
    for (Map.Entry<String, Chart> sample : samples(20261203L).entrySet()) {
      sample.getValue().write(directory.resolve(sample.getKey() + ".png"));
      sample.getValue().write(directory.resolve(sample.getKey() + ".svg"));
    }
  }

  /** Every sample chart by file name, drawn from data made with the seed. */
  static Map<String, Chart> samples(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, Chart> samples = new LinkedHashMap<>();
    samples.put("training-curves", trainingCurves(random));
    samples.put("roc", roc(random));
    samples.put("lr-range-test", learningRateTest(random));
    samples.put("decision-xor", xorMap(random));
    samples.put("decision-three-classes", threeClassMap(random));
    samples.put("hidden-space", hiddenSpace(random));
    samples.put("confusion", confusion(random));
    samples.put("accuracy-grid", accuracyGrid());
    samples.put("digits", digits(random));
    samples.put("projections", projections(random));
    return samples;
  }

  private static Chart trainingCurves(SplittableRandom random) {
    int epochs = 50;
    double[] train = new double[epochs];
    double[] validation = new double[epochs];
    for (int e = 0; e < epochs; e++) {
      train[e] = 0.05 + 0.65 * Math.exp(-e / 8.0) + 0.01 * random.nextDouble();
      validation[e] = 0.09 + 0.6 * Math.exp(-e / 9.0) + 0.002 * e + 0.02 * random.nextDouble();
    }
    return LineChart.builder()
        .title("Loss by epoch")
        .xLabel("epoch")
        .yLabel("cross-entropy loss")
        .series("training", train)
        .series("validation", validation)
        .build();
  }

  private static Chart roc(SplittableRandom random) {
    LineChart.Builder chart =
        LineChart.builder()
            .title("ROC curves")
            .xLabel("false positive rate")
            .yLabel("true positive rate")
            .xRange(0, 1)
            .yRange(0, 1)
            .diagonal(true);
    double[] separations = {2.5, 1.2, 0.5};
    String[] names = {"2-layer net", "logistic regression", "1 hidden unit"};
    for (int m = 0; m < separations.length; m++) {
      double[][] curve = rocCurve(random, separations[m]);
      chart.series(String.format("%s (AUC %.3f)", names[m], auc(curve)), curve[0], curve[1]);
    }
    return chart.build();
  }

  /** ROC of scores N(0,1) for negatives and N(separation,1) for positives, 200 of each. */
  private static double[][] rocCurve(SplittableRandom random, double separation) {
    int n = 200;
    double[] negatives = new double[n];
    double[] positives = new double[n];
    for (int i = 0; i < n; i++) {
      negatives[i] = gaussian(random);
      positives[i] = separation + gaussian(random);
    }
    int steps = 60;
    double[] fpr = new double[steps + 1];
    double[] tpr = new double[steps + 1];
    for (int s = 0; s <= steps; s++) {
      double threshold = 6 - 10.0 * s / steps;
      fpr[s] = above(negatives, threshold) / (double) n;
      tpr[s] = above(positives, threshold) / (double) n;
    }
    return new double[][] {fpr, tpr};
  }

  private static double auc(double[][] curve) {
    double area = 0;
    for (int i = 1; i < curve[0].length; i++) {
      area += (curve[0][i] - curve[0][i - 1]) * (curve[1][i] + curve[1][i - 1]) / 2;
    }
    return area;
  }

  private static int above(double[] values, double threshold) {
    int count = 0;
    for (double v : values) {
      count += v > threshold ? 1 : 0;
    }
    return count;
  }

  private static Chart learningRateTest(SplittableRandom random) {
    int n = 80;
    double[] rates = new double[n];
    double[] loss = new double[n];
    for (int i = 0; i < n; i++) {
      double log = -5 + 6.0 * i / (n - 1);
      rates[i] = Math.pow(10, log);
      double fall = 0.7 / (1 + Math.exp(-(log + 2.8) * 3));
      double blowUp = log > -0.6 ? Math.exp((log + 0.6) * 4) - 1 : 0;
      loss[i] = 0.72 - fall + blowUp + 0.01 * random.nextDouble();
    }
    loss[n - 1] = Double.NaN;
    return LineChart.builder()
        .title("Learning-rate range test")
        .xLabel("learning rate")
        .yLabel("loss")
        .logX(true)
        .series("smoothed loss", rates, loss)
        .verticalLine(0.01, "suggested 0.01")
        .yRange(0, 1)
        .build();
  }

  private static Chart xorMap(SplittableRandom random) {
    int n = 40;
    double[] x = new double[n];
    double[] y = new double[n];
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      int a = i % 2;
      int b = (i / 2) % 2;
      x[i] = a + 0.12 * gaussian(random);
      y[i] = b + 0.12 * gaussian(random);
      labels[i] = a ^ b;
    }
    return DecisionMap.builder()
        .title("XOR: probability of class 1")
        .xLabel("x1")
        .yLabel("x2")
        .xRange(-0.5, 1.5)
        .yRange(-0.5, 1.5)
        .probabilities(
            200,
            (u, v) -> {
              double h1 = sigmoid(12 * (u + v - 0.5));
              double h2 = sigmoid(12 * (u + v - 1.5));
              return sigmoid(14 * (h1 - h2 - 0.5));
            })
        .samples(x, y, labels)
        .classNames("0 (same)", "1 (different)")
        .build();
  }

  private static Chart threeClassMap(SplittableRandom random) {
    double[][] centres = {{-1, -0.5}, {1, -0.5}, {0, 1}};
    int n = 90;
    double[] x = new double[n];
    double[] y = new double[n];
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      labels[i] = i % 3;
      x[i] = centres[labels[i]][0] + 0.45 * gaussian(random);
      y[i] = centres[labels[i]][1] + 0.45 * gaussian(random);
    }
    return DecisionMap.builder()
        .title("Three classes")
        .xLabel("x1")
        .yLabel("x2")
        .xRange(-2.5, 2.5)
        .yRange(-2, 2.5)
        .classes(
            150,
            (u, v) -> {
              int best = 0;
              for (int c = 1; c < 3; c++) {
                if (Math.hypot(u - centres[c][0], v - centres[c][1])
                    < Math.hypot(u - centres[best][0], v - centres[best][1])) {
                  best = c;
                }
              }
              return best;
            })
        .samples(x, y, labels)
        .classNames("circle", "triangle", "square")
        .build();
  }

  /** The two arcs and a square grid, in the input plane and mapped through A1 = tanh(W1 x + B1). */
  private static Chart hiddenSpace(SplittableRandom random) {
    int n = 120;
    double[][] input = new double[2][n];
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      labels[i] = i % 2;
      double angle = Math.PI * random.nextDouble();
      double u = labels[i] == 0 ? Math.cos(angle) : 1 - Math.cos(angle);
      double v = labels[i] == 0 ? Math.sin(angle) : 0.5 - Math.sin(angle);
      input[0][i] = u + 0.08 * gaussian(random);
      input[1][i] = v + 0.08 * gaussian(random);
    }
    int nodes = 11;
    double[][][] grid = new double[2][nodes][nodes];
    for (int i = 0; i < nodes; i++) {
      for (int j = 0; j < nodes; j++) {
        grid[0][i][j] = -1.5 + 4.0 * j / (nodes - 1);
        grid[1][i][j] = -1.0 + 2.5 * i / (nodes - 1);
      }
    }
    return Figure.builder(2)
        .title("How the hidden layer bends space")
        .panel(space("Input space", "x", input, grid, labels))
        .panel(space("A1 at epoch 20", "a", hidden(input), hidden(grid), labels))
        .build();
  }

  private static Chart space(
      String title, String symbol, double[][] points, double[][][] grid, int[] labels) {
    return ScatterChart.builder()
        .title(title)
        .xLabel(symbol + "1")
        .yLabel(symbol + "2")
        .samples(points[0], points[1], labels)
        .grid(grid[0], grid[1])
        .classNames("upper arc", "lower arc")
        .size(480, 440)
        .build();
  }

  /** Points {@code (xy[0][i], xy[1][i])} through tanh(W1 x + B1) of a hand-set layer. */
  private static double[][] hidden(double[][] xy) {
    double[][] a = new double[2][xy[0].length];
    for (int i = 0; i < xy[0].length; i++) {
      a[0][i] = Math.tanh(1.3 * xy[0][i] - 0.9 * xy[1][i] - 0.3);
      a[1][i] = Math.tanh(0.7 * xy[0][i] + 1.4 * xy[1][i] + 0.2);
    }
    return a;
  }

  private static double[][][] hidden(double[][][] grid) {
    double[][][] a = new double[2][grid[0].length][];
    for (int i = 0; i < grid[0].length; i++) {
      double[][] row = hidden(new double[][] {grid[0][i], grid[1][i]});
      a[0][i] = row[0];
      a[1][i] = row[1];
    }
    return a;
  }

  private static Chart confusion(SplittableRandom random) {
    int[][] counts = new int[10][10];
    for (int r = 0; r < 10; r++) {
      for (int c = 0; c < 10; c++) {
        counts[r][c] =
            r == c
                ? 900 + random.nextInt(200)
                : random.nextInt(10) < 7 ? 0 : 1 + random.nextInt(25);
      }
    }
    return HeatMap.builder()
        .title("Confusion matrix, MNIST test set")
        .xLabel("predicted")
        .yLabel("true")
        .values(counts)
        .build();
  }

  private static Chart accuracyGrid() {
    String[] rates = {"0.001", "0.01", "0.1", "0.5", "1"};
    String[] batches = {"8", "32", "128", "512"};
    double[][] accuracy = new double[batches.length][rates.length];
    for (int r = 0; r < batches.length; r++) {
      for (int c = 0; c < rates.length; c++) {
        accuracy[r][c] = 0.97 - 0.05 * Math.abs(c - 2 - 0.4 * (r - 1.5)) - 0.01 * r;
      }
    }
    accuracy[0][4] = Double.NaN;
    return HeatMap.builder()
        .title("Validation accuracy")
        .xLabel("learning rate")
        .yLabel("batch size")
        .values(accuracy)
        .columnLabels(rates)
        .rowLabels(batches)
        .colors(ColorScale.VIRIDIS)
        .build();
  }

  private static Chart digits(SplittableRandom random) {
    ImageGrid.Builder grid = ImageGrid.builder(28, 28).title("Test digits: true / predicted");
    for (int i = 0; i < 20; i++) {
      int digit = i % 10;
      boolean wrong = i == 7 || i == 13;
      int predicted = wrong ? (digit + 3) % 10 : digit;
      grid.image(ring(random, digit), digit + " / " + predicted, wrong);
    }
    return grid.build();
  }

  /** A blurry ring whose size depends on the digit, standing in for a handwritten digit. */
  private static float[] ring(SplittableRandom random, int digit) {
    float[] pixels = new float[28 * 28];
    double radius = 4 + digit;
    double cx = 14 + random.nextDouble() * 2 - 1;
    double cy = 14 + random.nextDouble() * 2 - 1;
    for (int r = 0; r < 28; r++) {
      for (int c = 0; c < 28; c++) {
        double d = Math.abs(Math.hypot(c - cx, r - cy) - radius);
        pixels[r * 28 + c] = (float) Math.max(0, 1 - d / 1.8);
      }
    }
    return pixels;
  }

  private static Chart projections(SplittableRandom random) {
    int n = 90;
    double[][] points = new double[n][];
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      labels[i] = i % 3;
      double[] centre = {labels[i] == 0 ? 0.8 : -0.5, labels[i] == 1 ? 0.7 : -0.3, labels[i] - 1};
      points[i] = new double[3];
      for (int k = 0; k < 3; k++) {
        points[i][k] = Math.tanh(centre[k] + 0.35 * gaussian(random));
      }
    }
    List<double[][]> lines = new ArrayList<>();
    return Projections.pairwise(
        "Hidden layer A1 (3 units), epoch 50",
        List.of("a1", "a2", "a3"),
        points,
        labels,
        List.of("class 0", "class 1", "class 2"),
        lines);
  }

  private static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  private static double gaussian(SplittableRandom random) {
    double u = 1 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
