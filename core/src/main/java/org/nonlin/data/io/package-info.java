/**
 * Readers and writers of data files: NumPy arrays ({@link org.nonlin.data.io.Npy}, {@link
 * org.nonlin.data.io.Npz}, {@link org.nonlin.data.io.NdArray}) and the course's {@code .npz} data
 * sets ({@link org.nonlin.data.io.NpzDatasets}), MNIST's IDX files ({@link org.nonlin.data.io.Idx})
 * and CSV tables ({@link org.nonlin.data.io.CsvReader}) with the fitted {@link
 * org.nonlin.data.io.TableEncoding} that turns their text into features.
 *
 * <p>Everything here turns files into {@link org.nonlin.data.Dataset}s or arrays and back; bad
 * content is reported as an {@link org.nonlin.io.DataFormatException} naming the file and, where
 * there is one, the line, field and value.
 */
package org.nonlin.data.io;
