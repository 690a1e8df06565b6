/**
 * Dense matrices and the kernels that compute on them: products with either operand transposed in
 * place, bias broadcasts, column sums, element-wise maps and row-wise softmax, in float32 and
 * float64. Nothing here knows about layers or training.
 */
package org.nonlin.tensor;
