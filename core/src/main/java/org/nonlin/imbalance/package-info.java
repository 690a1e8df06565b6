/**
 * Resampling for imbalanced classes, and class weights as the alternative.
 *
 * <p>A class that is much rarer than another (the chapter's 1900:100, or 1000:300:100 over three
 * classes) is easily ignored by a network that minimises the mean loss. The {@link
 * org.nonlin.imbalance.Sampler}s here change the class sizes of a training set towards a {@link
 * org.nonlin.imbalance.TargetRatio} (balanced by default, any proportion or exact counts):
 *
 * <ul>
 *   <li>random: {@link org.nonlin.imbalance.RandomSampler} under-samples, over-samples or both;
 *   <li>by distance, not at random: {@link org.nonlin.imbalance.ClusterCentroids}, {@link
 *       org.nonlin.imbalance.NearMiss} and {@link org.nonlin.imbalance.TomekLinks};
 *   <li>synthetic samples: {@link org.nonlin.imbalance.AttributeSampler} (the chapter's
 *       attribute-value sampling), {@link org.nonlin.imbalance.Smote} and {@link
 *       org.nonlin.imbalance.Adasyn}.
 * </ul>
 *
 * {@link org.nonlin.imbalance.ClassWeights} gives per-class loss weights instead, and {@link
 * org.nonlin.imbalance.Samplers#parse} reads the compact text forms the CLI uses.
 *
 * <p><b>Apply samplers to training data only</b>, after splitting. Validation and test sets must
 * keep the class mix of the data the model will meet: resampling them, or resampling before the
 * split, lets copies or interpolations of training rows leak into the evaluation and makes the
 * scores meaningless. Judge the result with metrics that see every class (per-class recall, AUC),
 * not accuracy alone.
 *
 * <p>Every sampler works with any number of classes, treating each class against the rest, and is
 * seeded: the same input and seed give bit-identical output. Samplers that average or interpolate
 * features (centroids, SMOTE, ADASYN) refuse columns declared categorical, since a Dataset does not
 * know which columns are one-hot codes; the caller declares them. Nearest neighbours are found by
 * brute force with a bounded heap: memory grows with the rows, not their square.
 *
 * <p>Ensembles built from trained networks (the chapter's boosting scheme) are not part of the
 * resampling classes here: they need a trainer, which these classes must not depend on.
 */
package org.nonlin.imbalance;
