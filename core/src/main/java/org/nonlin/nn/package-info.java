/**
 * Dense networks: architectures and their compact text form, hidden activations, output functions
 * with their losses, weight initialisation, and the forward and backward passes written with the
 * chapter's symbols. Training loops live in {@code org.nonlin.train}.
 */
package org.nonlin.nn;
