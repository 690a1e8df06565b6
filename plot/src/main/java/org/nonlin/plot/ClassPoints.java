package org.nonlin.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Labelled samples in the plane, drawn with their class's colour and marker, shared by the decision
 * map and the scatter chart.
 *
 * @param x x of each sample, finite
 * @param y y of each sample, finite
 * @param labels class of each sample, at least 0
 */
record ClassPoints(double[] x, double[] y, int[] labels) {

  ClassPoints {
    if (x.length != y.length || x.length != labels.length) {
      throw new IllegalArgumentException(
          "samples need as many x, y and labels: got "
              + x.length
              + ", "
              + y.length
              + " and "
              + labels.length);
    }
    for (int i = 0; i < x.length; i++) {
      if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
        throw new IllegalArgumentException(
            "sample " + i + " at (" + x[i] + ", " + y[i] + ") must be finite");
      }
      if (labels[i] < 0) {
        throw new IllegalArgumentException(
            "label " + labels[i] + " of sample " + i + " must be >= 0");
      }
    }
    x = x.clone();
    y = y.clone();
    labels = labels.clone();
  }

  /** No samples. */
  static final ClassPoints NONE = new ClassPoints(new double[0], new double[0], new int[0]);

  /** One more than the largest label, 0 without samples. */
  int classCount() {
    int count = 0;
    for (int label : labels) {
      count = Math.max(count, label + 1);
    }
    return count;
  }

  /** Draws every sample and remembers where, for the legend. */
  void draw(Canvas canvas, Axes axes, PixelPoints drawn) {
    for (int i = 0; i < x.length; i++) {
      double px = axes.px(x[i]);
      double py = axes.py(y[i]);
      Palette.marker(labels[i])
          .draw(canvas, px, py, Theme.MARKER_SIZE, Palette.color(labels[i]), Theme.MARKER_EDGE);
      drawn.add(px, py);
    }
  }

  /**
   * One legend entry per class: its marker on the patch of its region colour.
   *
   * @param names class names, one per class
   * @param patch region colour of each class, or a function returning null for no patch
   */
  static List<Legend.Entry> legend(List<String> names, IntFunction<Color> patch) {
    List<Legend.Entry> entries = new ArrayList<>();
    for (int c = 0; c < names.size(); c++) {
      entries.add(
          new Legend.Entry(
              names.get(c), null, Palette.marker(c), Palette.color(c), patch.apply(c)));
    }
    return entries;
  }

  /**
   * The class names to show: the given ones, or "class 0", "class 1", ... for {@code count} classes
   * when none are given.
   *
   * @throws IllegalArgumentException if names are given but fewer than {@code count}
   */
  static List<String> names(List<String> given, int count) {
    if (given.isEmpty()) {
      List<String> names = new ArrayList<>();
      for (int c = 0; c < count; c++) {
        names.add("class " + c);
      }
      return names;
    }
    if (given.size() < count) {
      throw new IllegalArgumentException(
          given.size() + " class names given but class indices reach " + (count - 1));
    }
    return List.copyOf(given);
  }
}
