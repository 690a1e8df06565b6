/**
 * Format-neutral file plumbing shared by every reader and writer: a small JSON parser and writer
 * ({@link org.nonlin.io.Json}, {@link org.nonlin.io.JsonFields}), shortest round-trip decimal
 * numbers ({@link org.nonlin.io.Decimals}), atomic file replacement ({@link
 * org.nonlin.io.AtomicFiles}), opening of plain or gzip-compressed inputs ({@link
 * org.nonlin.io.InputFiles}) and the one exception for bad file content ({@link
 * org.nonlin.io.DataFormatException}).
 *
 * <p>Readers of particular data formats (NumPy, IDX, CSV) live in {@code org.nonlin.data.io}; the
 * model file format is built on the JSON classes here.
 */
package org.nonlin.io;
