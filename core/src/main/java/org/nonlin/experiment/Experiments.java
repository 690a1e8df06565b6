package org.nonlin.experiment;

import java.util.ArrayList;
import java.util.List;

/** The registry of experiments the command line offers, by name. */
public final class Experiments {

  private Experiments() {}

  /** Every experiment, in the chapter's order. */
  public static List<Experiment> all() {
    return List.of(
        PlaneExperiments.xor(),
        PlaneExperiments.xorHidden(),
        PlaneExperiments.doubleArc(),
        PlaneExperiments.coinHole(),
        PlaneExperiments.coinHoleHidden(),
        new MnistExperiment(null),
        new ImbalanceExperiment(ImbalanceExperiment.DEFAULT_ADULT_FOLDER));
  }

  /** The experiment called {@code name}, or null when there is none. */
  public static Experiment find(String name) {
    for (Experiment e : all()) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    return null;
  }

  /**
   * The experiment called {@code name}.
   *
   * @throws IllegalArgumentException listing the known names
   */
  public static Experiment named(String name) {
    Experiment found = find(name);
    if (found != null) {
      return found;
    }
    List<String> names = new ArrayList<>();
    for (Experiment e : all()) {
      names.add(e.name());
    }
    throw new IllegalArgumentException(
        "experiment '" + name + "' is not known; expected one of " + String.join(", ", names));
  }
}
