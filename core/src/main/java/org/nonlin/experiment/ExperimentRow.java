package org.nonlin.experiment;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One configuration's outcome in an experiment table.
 *
 * @param label what distinguishes this configuration, e.g. {@code 2-4sigmoid-3softmax}
 * @param hidden width of the (first) hidden layer
 * @param epochs epochs trained, possibly fractional
 * @param converged true when the stop loss eps was reached; false for runs without one
 * @param trainAccuracy accuracy on the training data after training
 * @param testAccuracy accuracy on the test data
 * @param testLoss mean loss on the test data
 * @param seconds wall time of the run
 * @param extra further figures for this experiment, in order (e.g. the four XOR outputs)
 */
public record ExperimentRow(
    String label,
    int hidden,
    double epochs,
    boolean converged,
    double trainAccuracy,
    double testAccuracy,
    double testLoss,
    double seconds,
    Map<String, Object> extra) {

  /** Copies the extra figures, keeping their order. */
  public ExperimentRow {
    extra = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extra));
  }

  /** The row as a JSON-ready map with the pinned keys first. */
  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("label", label);
    map.put("hidden", hidden);
    map.put("epochs", epochs);
    map.put("converged", converged);
    map.put("train_accuracy", trainAccuracy);
    map.put("test_accuracy", testAccuracy);
    map.put("test_loss", testLoss);
    map.put("seconds", seconds);
    map.putAll(extra);
    return map;
  }
}
