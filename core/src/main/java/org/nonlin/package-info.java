/**
 * nonlin: dense neural-network classifiers for non-linear problems, in pure Java. The packages
 * below hold the engine ({@code tensor}, {@code nn}, {@code optim}, {@code train}), data ({@code
 * data}, {@code data.io}, {@code io}), judging ({@code eval}), diagnostics ({@code gradcheck},
 * {@code tune}), remedies for imbalanced classes ({@code imbalance}, {@code ensemble}), model files
 * ({@code model}) and the chapter's studies ({@code experiment}); docs/ARCHITECTURE.md maps them.
 */
package org.nonlin;
