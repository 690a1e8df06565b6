/**
 * Data: the immutable {@link org.nonlin.data.Dataset}, seeded splits, the chapter's built-in 2-D
 * problems and feature normalisation. Readers and writers of files live in {@code
 * org.nonlin.data.io}.
 */
package org.nonlin.data;
