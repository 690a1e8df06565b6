package org.nonlin.plot;

import java.util.Arrays;

/** A growable list of pixel positions that a legend should not hide. */
final class PixelPoints {

  /** Distance in pixels between samples taken along a segment. */
  private static final double SPACING = 6;

  private double[] xs = new double[64];
  private double[] ys = new double[64];
  private int size;

  void add(double x, double y) {
    if (size == xs.length) {
      xs = Arrays.copyOf(xs, 2 * size);
      ys = Arrays.copyOf(ys, 2 * size);
    }
    xs[size] = x;
    ys[size] = y;
    size++;
  }

  /** Points every few pixels along the segment, its start included and its end left out. */
  void addSegment(double x1, double y1, double x2, double y2) {
    int steps = (int) Math.max(1, Math.ceil(Math.hypot(x2 - x1, y2 - y1) / SPACING));
    for (int i = 0; i < steps; i++) {
      double t = i / (double) steps;
      add(x1 + t * (x2 - x1), y1 + t * (y2 - y1));
    }
  }

  /** Points along the line through {@code (xs[i], ys[i])}, both ends included. */
  void addPolyline(double[] lineXs, double[] lineYs) {
    for (int i = 0; i + 1 < lineXs.length; i++) {
      addSegment(lineXs[i], lineYs[i], lineXs[i + 1], lineYs[i + 1]);
    }
    add(lineXs[lineXs.length - 1], lineYs[lineYs.length - 1]);
  }

  double[] xs() {
    return Arrays.copyOf(xs, size);
  }

  double[] ys() {
    return Arrays.copyOf(ys, size);
  }
}
