/**
 * Dense matrices and the kernels that compute on them: products with either operand transposed in
 * place, bias broadcasts, column sums, element-wise maps, sigmoid, tanh and row-wise softmax, in
 * float32 and float64. Nothing here knows about layers or training.
 *
 * <p>Speed lives in package-private classes: {@code FloatProduct} (packing and the product's
 * driver), {@code FloatOps} with its scalar and Vector API implementations (which agree bit for
 * bit), {@code Exp} (the exponential both use) and {@code Parallel} (one parked helper thread).
 * docs/PERFORMANCE.md gives the figures and how to measure them.
 */
package org.nonlin.tensor;
