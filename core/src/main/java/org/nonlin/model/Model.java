package org.nonlin.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nonlin.data.Dataset;
import org.nonlin.data.Normalizer;
import org.nonlin.nn.Network;

/**
 * A trained network with everything needed to use it on new raw data: the feature normalisation
 * fitted on the training data, the class names, the table encoding of the source file (for CSV
 * data), and a record of how it was trained.
 *
 * @param network the trained network
 * @param normalizer the transform applied to features before the network
 * @param featureNames names of the network's input features (after any encoding)
 * @param classNames class names by index; empty for regression
 * @param encoding the JSON form of the CSV table encoding the features came from, or an empty map
 * @param training training settings and outcome (architecture, optimiser, schedule, seed, ...)
 */
public record Model(
    Network network,
    Normalizer normalizer,
    List<String> featureNames,
    List<String> classNames,
    Map<String, Object> encoding,
    Map<String, Object> training) {

  /** Checks widths and copies the collections. */
  public Model {
    int inputs = network.architecture().inputs();
    if (normalizer.cols() != inputs) {
      throw new IllegalArgumentException(
          "normaliser width " + normalizer.cols() + " does not match network inputs " + inputs);
    }
    if (featureNames.size() != inputs) {
      throw new IllegalArgumentException(
          featureNames.size() + " feature names given for " + inputs + " network inputs");
    }
    featureNames = List.copyOf(featureNames);
    classNames = List.copyOf(classNames);
    encoding = Collections.unmodifiableMap(new LinkedHashMap<>(encoding));
    training = Collections.unmodifiableMap(new LinkedHashMap<>(training));
  }

  /**
   * The network's outputs for raw (not yet normalised) features: rows x outputs, row-major;
   * probabilities for classifiers.
   *
   * @throws IllegalArgumentException when the data's width does not match the model
   */
  public float[] predict(Dataset raw) {
    return predict(raw.featureArray(), raw.rows());
  }

  /**
   * The network's outputs for {@code rows} raw feature rows (row-major, {@code rows x inputs}).
   *
   * @throws IllegalArgumentException when the width does not match the model
   */
  public float[] predict(float[] raw, int rows) {
    int inputs = network.architecture().inputs();
    if (rows < 1 || (long) rows * inputs != raw.length) {
      throw new IllegalArgumentException(
          "data of "
              + raw.length
              + " values is not whole rows of the model's "
              + inputs
              + " input features; give data with the columns the model was trained on");
    }
    float[] x = raw.clone();
    normalizer.applyInPlace(x);
    return network.predict(x, rows);
  }

  /** Number of classes; 0 for regression. */
  public int numClasses() {
    return classNames.size();
  }
}
