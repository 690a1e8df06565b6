package org.nonlin.data.io;

import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.nonlin.data.Dataset;
import org.nonlin.io.AtomicFiles;
import org.nonlin.io.DataFormatException;
import org.nonlin.io.InputFiles;

/**
 * Reads and writes the IDX files of MNIST and Fashion-MNIST, raw or gzip-compressed (recognised by
 * the gzip magic bytes, not by the name).
 *
 * <p>Layout, all integers 4 bytes big-endian: images are {@code 0x00000803}, count, rows, cols,
 * then {@code count * rows * cols} unsigned bytes; labels are {@code 0x00000801}, count, then
 * {@code count} unsigned bytes. The magic's third byte 0x08 is the element type (unsigned byte),
 * the fourth the number of dimensions. Readers check the magic, the sizes and that the data are
 * complete and followed by nothing, and name the file and the numbers when they are not.
 */
public final class Idx {

  /** Magic number of an image file: unsigned bytes, 3 dimensions. */
  public static final int IMAGES_MAGIC = 0x00000803;

  /** Magic number of a label file: unsigned bytes, 1 dimension. */
  public static final int LABELS_MAGIC = 0x00000801;

  /** Number of classes of a data set read from IDX files unless labels go higher: digits 0-9. */
  public static final int DIGIT_CLASSES = 10;

  /** What each pixel byte is divided by: 255, so that pixels lie in [0, 1]. */
  public static final float PIXEL_SCALE = 255f;

  private Idx() {}

  /**
   * Reads an image file.
   *
   * @throws DataFormatException naming the file and the numbers when it is not an image file or is
   *     truncated or too long
   */
  public static IdxImages readImages(Path file) throws IOException {
    Contents contents = read(file, IMAGES_MAGIC, "images");
    int[] dims = contents.dims();
    return IdxImages.wrap(dims[0], dims[1], dims[2], contents.data());
  }

  /**
   * Reads a label file.
   *
   * @return one label, 0 to 255, per image
   * @throws DataFormatException naming the file and the numbers when it is not a label file or is
   *     truncated or too long
   */
  public static int[] readLabels(Path file) throws IOException {
    byte[] data = read(file, LABELS_MAGIC, "labels").data();
    int[] labels = new int[data.length];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = data[i] & 0xff;
    }
    return labels;
  }

  /**
   * Reads an image file and its label file as a classification data set; see {@link
   * #toDataset(IdxImages, int[])}.
   *
   * @throws DataFormatException naming both files and counts when they hold different numbers of
   *     images and labels
   */
  public static Dataset readDataset(Path imagesFile, Path labelsFile) throws IOException {
    IdxImages images = readImages(imagesFile);
    int[] labels = readLabels(labelsFile);
    if (labels.length != images.count()) {
      throw new DataFormatException(
          labelsFile,
          "holds "
              + labels.length
              + " labels but images file "
              + imagesFile
              + " holds "
              + images.count()
              + " images",
          "use the labels file that belongs to these images");
    }
    return toDataset(images, labels);
  }

  /**
   * Images and labels as a classification data set: features are the pixels scaled to [0, 1] as
   * float32 ({@link IdxImages#toFloatArray()} gives the same values), kept as one byte per pixel
   * and scaled when read, one image per row; classes are {@code 0 .. max(9, largest label)} named
   * "0", "1", ..., so that a subset of digits keeps the ten classes.
   *
   * @throws IllegalArgumentException when the counts differ
   */
  public static Dataset toDataset(IdxImages images, int[] labels) {
    if (labels.length != images.count()) {
      throw new IllegalArgumentException(
          labels.length + " labels given for " + images.count() + " images");
    }
    int classes = DIGIT_CLASSES;
    for (int label : labels) {
      classes = Math.max(classes, label + 1);
    }
    List<String> names = new ArrayList<>(classes);
    for (int c = 0; c < classes; c++) {
      names.add(Integer.toString(c));
    }
    List<String> featureNames = new ArrayList<>(images.pixelsPerImage());
    for (int r = 0; r < images.rows(); r++) {
      for (int c = 0; c < images.cols(); c++) {
        featureNames.add("p" + r + "_" + c);
      }
    }
    return Dataset.classificationFromBytes(
        images.toByteArray(), images.pixelsPerImage(), PIXEL_SCALE, labels, featureNames, names);
  }

  /** Writes an image file, gzip-compressed or raw, atomically. */
  public static void writeImages(Path file, IdxImages images, boolean gzip) throws IOException {
    int[] dims = {images.count(), images.rows(), images.cols()};
    write(file, IMAGES_MAGIC, dims, images.toByteArray(), gzip);
  }

  /**
   * Writes a label file, gzip-compressed or raw, atomically.
   *
   * @throws IllegalArgumentException when a label is outside 0 to 255
   */
  public static void writeLabels(Path file, int[] labels, boolean gzip) throws IOException {
    byte[] data = new byte[labels.length];
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] < 0 || labels[i] > 255) {
        throw new IllegalArgumentException(
            "label " + labels[i] + " at index " + i + " must be in [0, 255] for an IDX file");
      }
      data[i] = (byte) labels[i];
    }
    write(file, LABELS_MAGIC, new int[] {labels.length}, data, gzip);
  }

  private static void write(Path file, int magic, int[] dims, byte[] data, boolean gzip)
      throws IOException {
    AtomicFiles.write(
        file,
        out -> {
          OutputStream target = gzip ? new GZIPOutputStream(out, 1 << 16) : out;
          DataOutputStream data32 = new DataOutputStream(target);
          data32.writeInt(magic);
          for (int dim : dims) {
            data32.writeInt(dim);
          }
          data32.write(data);
          data32.flush();
          if (gzip) {
            ((GZIPOutputStream) target).finish();
          }
        });
  }

  /** The dimensions and the data bytes of a checked IDX file. */
  private record Contents(int[] dims, byte[] data) {}

  private static Contents read(Path file, int magic, String kind) throws IOException {
    try (InputStream in = InputFiles.open(file)) {
      int[] header = readInts(in, 1, file, kind);
      checkMagic(header[0], magic, file, kind);
      int[] dims = readInts(in, magic & 0xff, file, kind);
      long length = 1;
      for (int dim : dims) {
        if (dim < 0) {
          throw new DataFormatException(
              file,
              "header of the " + kind + " file has a negative size " + dim,
              "the file is corrupt");
        }
        length *= dim;
      }
      String announced = announced(dims, length);
      if (length > Integer.MAX_VALUE - 8) {
        throw new DataFormatException(
            file, "header announces " + announced + ", more than one Java array holds", null);
      }
      byte[] data = in.readNBytes((int) length);
      if (data.length < length || in.read() >= 0) {
        String actual = data.length < length ? "only " + data.length : "more than " + length;
        throw new DataFormatException(
            file,
            "header announces " + announced + " but the file holds " + actual + " bytes",
            data.length < length
                ? "the file is truncated; download it again"
                : "the header does not match the data; the file is corrupt");
      }
      return new Contents(dims, data);
    } catch (ZipException | EOFException e) {
      throw new DataFormatException(
              file,
              "gzip data are corrupt or cut short: " + e.getMessage(),
              "download the file again")
          .causedBy(e);
    }
  }

  private static String announced(int[] dims, long length) {
    if (dims.length == 3) {
      return dims[0] + " images of " + dims[1] + " x " + dims[2] + " = " + length + " bytes";
    }
    return dims[0] + " labels = " + length + " bytes";
  }

  private static int[] readInts(InputStream in, int count, Path file, String kind)
      throws IOException {
    byte[] bytes = in.readNBytes(4 * count);
    if (bytes.length < 4 * count) {
      throw new DataFormatException(
          file,
          "the " + kind + " header is cut short after " + bytes.length + " bytes",
          "the file is truncated or not an IDX file");
    }
    int[] values = new int[count];
    ByteBuffer.wrap(bytes).asIntBuffer().get(values);
    return values;
  }

  private static void checkMagic(int actual, int expected, Path file, String kind) {
    if (actual == expected) {
      return;
    }
    String hint =
        "give an IDX "
            + kind
            + " file such as train-"
            + kind
            + "-idx"
            + (expected & 0xff)
            + "-ubyte.gz";
    int type = (actual >>> 8) & 0xff;
    if (actual == IMAGES_MAGIC || actual == LABELS_MAGIC) {
      hint =
          "this is an IDX "
              + (actual == IMAGES_MAGIC ? "images" : "labels")
              + " file; were the images and labels files swapped?";
    } else if ((actual & 0xffff0000) == 0 && type != 0x08) {
      hint =
          String.format(
              "its element type is 0x%02x, but only unsigned bytes (0x08) are supported", type);
    }
    String text = String.format("0x%08x", actual);
    throw new DataFormatException(
        file,
        0,
        "magic",
        text,
        "magic number "
            + text
            + " is not that of an IDX "
            + kind
            + " file ("
            + String.format("0x%08x", expected)
            + ")",
        hint);
  }
}
