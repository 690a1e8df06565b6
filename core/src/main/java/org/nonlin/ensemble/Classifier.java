package org.nonlin.ensemble;

/**
 * A trained classifier seen from outside: rows of features in, class probabilities out. Single
 * networks ({@link NetworkClassifier}), constant learners ({@link ConstantClassifier}) and
 * ensembles ({@link Ensemble}) are used alike through it.
 *
 * <p>Features are taken as they are: a classifier does not normalise them, so the caller passes
 * features transformed the way the members were trained. Implementations are immutable and may be
 * used from several threads at once.
 */
public interface Classifier {

  /** Number of features per row. */
  int inputs();

  /** Number of classes k, at least 2. */
  int numClasses();

  /**
   * The class probabilities (or, for a hard-voting ensemble, vote shares) of every row.
   *
   * @param x {@code rows x inputs()} features, row-major; not modified. NaN or infinite features
   *     give whatever the arithmetic gives (NaN probabilities for a network).
   * @param rows number of rows in {@code x}
   * @return a new {@code rows x numClasses()} array, row-major
   * @throws IllegalArgumentException when {@code x.length != rows * inputs()}
   */
  float[] probabilities(float[] x, int rows);

  /**
   * The predicted class of every row: by default {@code argmax_c probabilities[r, c]}, ties going
   * to the lowest class index and NaN never winning. Implementations say where they decide
   * otherwise.
   *
   * @param x as for {@link #probabilities}; not modified
   * @return a new array of {@code rows} class indices in {@code [0, numClasses())}
   */
  default int[] predict(float[] x, int rows) {
    return Votes.argmax(probabilities(x, rows), numClasses());
  }
}
