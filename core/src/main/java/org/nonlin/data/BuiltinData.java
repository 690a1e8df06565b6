package org.nonlin.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.nonlin.data.io.MnistFiles;

/**
 * The data sets that ship with nonlin, by name: each loads as a seeded training and test split of
 * raw (not yet normalised) features.
 */
public final class BuiltinData {

  /**
   * One built-in set.
   *
   * @param name the name used on the command line
   * @param description what it is, its size and its source
   * @param loader builds the split from a seed
   */
  public record Entry(String name, String description, LongFunction<Split> loader) {
    /** The training and test parts for {@code seed}. */
    public Split load(long seed) {
      return loader.apply(seed);
    }
  }

  private static final List<Entry> ENTRIES = entries();

  private static List<Entry> entries() {
    List<Entry> entries = new ArrayList<>();
    entries.add(
        new Entry(
            "xor",
            "the four XOR points (0,0)->0 (0,1)->1 (1,0)->1 (1,1)->0; test = train",
            seed -> new Split(PlaneProblems.xor(), PlaneProblems.xor())));
    entries.add(
        new Entry(
            "double-arc",
            "two noisy sine arcs, 2 classes, 400 train + 100 test points (seeded)",
            seed ->
                Splits.holdOut(
                    PlaneProblems.doubleArc(
                        PlaneProblems.DOUBLE_ARC_TRAIN + PlaneProblems.DOUBLE_ARC_TEST, seed),
                    PlaneProblems.DOUBLE_ARC_TEST,
                    seed)));
    entries.add(
        new Entry(
            "coin-hole",
            "square in a ring in a square, 3 classes, 1,000 train + 500 test points (seeded)",
            seed ->
                Splits.holdOut(
                    PlaneProblems.coinHole(
                        PlaneProblems.COIN_HOLE_TRAIN + PlaneProblems.COIN_HOLE_TEST, seed),
                    PlaneProblems.COIN_HOLE_TEST,
                    seed)));
    entries.add(
        new Entry(
            "sine-curve",
            "regression y = 0.4 sin(2 pi x) + 0.5 + noise, x in [0,1): 1,000 train + 200 test"
                + " (the course's 1-4-1 curve fit)",
            seed -> Splits.holdOut(SineCurve.dataset(1200, seed), 200, seed)));
    entries.add(
        new Entry(
            "mnist-10k",
            "10,000 real MNIST digits, 28x28, 10 classes; 8,000 train + 2,000 test (stratified)",
            seed -> {
              try {
                return MnistFiles.builtin(seed);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            }));
    return List.copyOf(entries);
  }

  private BuiltinData() {}

  /** Every built-in set, in order. */
  public static List<Entry> all() {
    return ENTRIES;
  }

  /** The set called {@code name}, or null when there is none. */
  public static Entry find(String name) {
    for (Entry e : ENTRIES) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    return null;
  }
}
