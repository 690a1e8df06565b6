package org.nonlin.plot;

import java.util.List;

/**
 * A builder of a chart of labelled samples in the plane, drawn with their class's colour and marker
 * ({@link Palette#color}, {@link Palette#marker}).
 *
 * @param <B> the concrete builder, returned by each setter for chaining
 */
public abstract class ClassChartBuilder<B extends ClassChartBuilder<B>> extends XyChartBuilder<B> {

  ClassPoints samples = ClassPoints.NONE;
  List<String> names = List.of();

  ClassChartBuilder() {}

  /**
   * The samples, with their classes; copied.
   *
   * @param x x of each sample, finite
   * @param y y of each sample, finite
   * @param labels class of each sample, at least 0
   * @throws IllegalArgumentException if the arrays differ in length, a coordinate is not finite or
   *     a label is negative
   */
  public B samples(double[] x, double[] y, int[] labels) {
    samples = new ClassPoints(x, y, labels);
    return self();
  }

  /** The class names shown in the legend, in class order; default "class 0", "class 1", .... */
  public B classNames(String... classNames) {
    names = List.of(classNames);
    return self();
  }
}
