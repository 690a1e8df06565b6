/**
 * Gradient checking, as the chapter teaches it: the backprop gradients of a network are compared
 * with two-sided finite differences of its loss J, per parameter group (W1, B1, W2, ...) and
 * overall, with the relative distance {@code diff = ‖dθ_real − dθ_approx‖₂ / (‖dθ_approx‖₂ +
 * ‖dθ_real‖₂)} and the chapter's verdict bands. {@link org.nonlin.gradcheck.GradientCheck} is the
 * entry point; the network itself lives in {@code org.nonlin.nn}.
 */
package org.nonlin.gradcheck;
