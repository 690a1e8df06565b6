package org.nonlin.ensemble;

import java.util.List;

/**
 * A classifier made of member classifiers whose answers are combined by a vote; the kinds {@link
 * EnsembleFiles} can save and load.
 */
public sealed interface Ensemble extends Classifier permits SchapireBoosting, BalancedBagging {

  /** The members in order (for boosting: L1, L2, L3); an unmodifiable list. */
  List<Classifier> members();

  /** Class names by index, one per class. */
  List<String> classNames();
}
