/**
 * Ensembles of ordinary nonlin networks for imbalanced classes, as the chapter's section on
 * ensemble learning describes them: the three-learner boosting of Schapire (1990) with its
 * imbalance variant, and bagging over balanced samples in the style of EasyEnsemble, with soft and
 * hard voting. Everything here is seen through the small {@link org.nonlin.ensemble.Classifier}
 * view, so that a single network and an ensemble are used alike, and an ensemble saves to and loads
 * from one file ({@link org.nonlin.ensemble.EnsembleFiles}).
 *
 * <p>Classifiers take features already normalised the way their members were trained; fitting and
 * applying a {@link org.nonlin.data.Normalizer} is the caller's part. Resampling on its own lives
 * in {@code org.nonlin.imbalance}.
 */
package org.nonlin.ensemble;
