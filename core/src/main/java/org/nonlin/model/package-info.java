/**
 * Trained models and their files: {@link org.nonlin.model.Model} bundles a network with the
 * normalisation, names and table encoding it needs on raw data; {@link org.nonlin.model.ModelFiles}
 * reads and writes the versioned model format (docs/MODEL_FORMAT.md); {@link
 * org.nonlin.model.CourseWeights} speaks the course's per-layer npz layout.
 */
package org.nonlin.model;
