package org.nonlin.tune;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The (learning rate, batch size) settings a {@link Sweep} trains, in the order of its table, with
 * the chapter's grids as presets.
 *
 * @param name what the grid is called, e.g. {@code rates-b128}
 * @param points the settings, at least one, none twice
 */
public record SweepGrid(String name, List<GridPoint> points) {

  /** The chapter's learning rates at batch size 128: η 0.2, 0.3, 0.5 and 0.8. */
  public static final SweepGrid RATES_AT_128 =
      of("rates-b128", List.of(0.2, 0.3, 0.5, 0.8), List.of(128));

  /** The chapter's batch sizes at η 0.5: 32, 64, 128 and 256. */
  public static final SweepGrid BATCHES_AT_HALF =
      of("batches-lr0.5", List.of(0.5), List.of(32, 64, 128, 256));

  /** The chapter's small batches: 16 and 32, each with η 0.1, 0.3, 0.5 and 0.7. */
  public static final SweepGrid SMALL_BATCHES =
      of("small-batches", List.of(0.1, 0.3, 0.5, 0.7), List.of(16, 32));

  /** Validates and copies the settings. */
  public SweepGrid {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("grid name '" + name + "' must not be blank");
    }
    points = List.copyOf(points);
    if (points.isEmpty()) {
      throw new IllegalArgumentException("grid '" + name + "' has no settings; it needs >= 1");
    }
    Set<GridPoint> seen = new HashSet<>();
    for (GridPoint p : points) {
      if (!seen.add(p)) {
        throw new IllegalArgumentException("grid '" + name + "' lists " + p + " twice");
      }
    }
  }

  /**
   * Every pair of a rate and a batch size, rates in the outer loop: (η1, B1), (η1, B2), ...
   *
   * @throws IllegalArgumentException when a list is empty or holds a value twice or out of range
   */
  public static SweepGrid of(String name, List<Double> rates, List<Integer> batchSizes) {
    List<GridPoint> points = new ArrayList<>();
    for (double rate : rates) {
      for (int batch : batchSizes) {
        points.add(new GridPoint(rate, batch));
      }
    }
    return new SweepGrid(name, points);
  }

  /** The presets: {@link #RATES_AT_128}, {@link #BATCHES_AT_HALF}, {@link #SMALL_BATCHES}. */
  public static List<SweepGrid> presets() {
    return List.of(RATES_AT_128, BATCHES_AT_HALF, SMALL_BATCHES);
  }

  /**
   * The preset called {@code name}.
   *
   * @throws IllegalArgumentException naming the text and the presets
   */
  public static SweepGrid preset(String name) {
    List<String> names = new ArrayList<>();
    for (SweepGrid grid : presets()) {
      if (grid.name.equals(name.strip())) {
        return grid;
      }
      names.add(grid.name);
    }
    throw new IllegalArgumentException(
        "grid preset '" + name + "' is not known; expected one of " + String.join(", ", names));
  }

  /** The distinct learning rates, ascending: the rows of the heat map. */
  public List<Double> learningRates() {
    Set<Double> rates = new TreeSet<>();
    for (GridPoint p : points) {
      rates.add(p.learningRate());
    }
    return List.copyOf(rates);
  }

  /** The distinct batch sizes, ascending: the columns of the heat map. */
  public List<Integer> batchSizes() {
    Set<Integer> sizes = new TreeSet<>();
    for (GridPoint p : points) {
      sizes.add(p.batchSize());
    }
    return List.copyOf(sizes);
  }
}
