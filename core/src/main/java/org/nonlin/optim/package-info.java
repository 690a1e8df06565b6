/**
 * Update rules that move parameters along their gradients: plain SGD (the chapter's), momentum,
 * Nesterov and Adam, each behind {@link org.nonlin.optim.Optimizer} and described by an {@link
 * org.nonlin.optim.OptimizerSpec}.
 */
package org.nonlin.optim;
