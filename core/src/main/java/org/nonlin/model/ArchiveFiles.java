package org.nonlin.model;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.nonlin.data.io.NdArray;
import org.nonlin.data.io.Npy;
import org.nonlin.io.AtomicFiles;
import org.nonlin.io.DataFormatException;
import org.nonlin.io.InputFiles;
import org.nonlin.io.Json;
import org.nonlin.io.JsonFields;
import org.nonlin.tensor.Matrix;
import org.nonlin.tensor.Precision;

/**
 * The container that model and ensemble files share: a ZIP archive whose first entry is a JSON
 * description and whose other entries are NumPy {@code .npy} arrays, so that NumPy opens it as an
 * npz file. Writes are atomic; reads turn a damaged archive into a {@link DataFormatException}.
 */
public final class ArchiveFiles {

  private ArchiveFiles() {}

  /**
   * Writes {@code description} as the JSON entry {@code entry}, then each array as {@code
   * name.npy}, atomically: a failed write leaves any earlier file intact.
   */
  public static void write(
      Path file, String entry, Map<String, Object> description, Map<String, NdArray> arrays)
      throws IOException {
    byte[] json = Json.writePretty(description).getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(
        file,
        out -> {
          ZipOutputStream zip = new ZipOutputStream(out);
          zip.putNextEntry(new ZipEntry(entry));
          zip.write(json);
          zip.closeEntry();
          for (Map.Entry<String, NdArray> array : arrays.entrySet()) {
            zip.putNextEntry(new ZipEntry(array.getKey() + ".npy"));
            Npy.write(zip, array.getValue());
            zip.closeEntry();
          }
          zip.finish();
        });
  }

  /**
   * Reads the JSON entry {@code entry} of an archive.
   *
   * @param what what the file should be, e.g. "model", for messages
   * @param hint how to get a good file, for messages
   * @throws DataFormatException when the file is not a ZIP archive, is cut short, or lacks the
   *     entry
   */
  public static Map<String, Object> readDescription(
      Path file, String entry, String what, String hint) throws IOException {
    InputFiles.requireFile(file);
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry found = zip.getEntry(entry);
      if (found == null) {
        throw new DataFormatException(
            file, "not a nonlin " + what + ": no " + entry + " inside", hint);
      }
      try (InputStream in = zip.getInputStream(found)) {
        return JsonFields.asObject(
            Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)), entry);
      }
    } catch (ZipException | EOFException e) {
      throw new DataFormatException(
              file, "not a nonlin " + what + " file (corrupt or truncated archive)", hint)
          .causedBy(e);
    }
  }

  /**
   * Checks the {@code format} and {@code format_version} keys of a description.
   *
   * @throws DataFormatException when the format differs or the version is newer than {@code
   *     version}, asking the user to upgrade
   */
  public static void requireFormat(
      Map<String, Object> description, String format, int version, Path file, String what) {
    if (!format.equals(description.get("format"))) {
      throw new DataFormatException(
          file, "not a nonlin " + what + ": format is " + description.get("format"), null);
    }
    int found = JsonFields.integer(description, "format_version");
    if (found > version) {
      throw new DataFormatException(
          file,
          what + " format version " + found + " is newer than this nonlin reads (" + version + ")",
          "upgrade nonlin to read it");
    }
  }

  /** A parameter matrix as a NumPy array of the same precision and shape. */
  public static NdArray toArray(Matrix m) {
    return m.precision() == Precision.FLOAT32
        ? NdArray.of(m.toFloatArray(), m.rows(), m.cols())
        : NdArray.of(m.toDoubleArray(), m.rows(), m.cols());
  }

  /**
   * A rank-2 NumPy array as a matrix of the given precision.
   *
   * @throws DataFormatException naming the array when its rank is not 2
   */
  public static Matrix toMatrix(NdArray array, Precision precision, Path file, String name) {
    if (array.rank() != 2) {
      throw new DataFormatException(
          file,
          "array "
              + name
              + " has shape "
              + NdArray.shapeText(array.shape())
              + "; expected a matrix",
          "write it again");
    }
    Matrix m = Matrix.zeros(precision, array.dim(0), array.dim(1));
    for (int r = 0; r < m.rows(); r++) {
      for (int c = 0; c < m.cols(); c++) {
        m.set(r, c, array.getDouble(r * m.cols() + c));
      }
    }
    return m;
  }
}
