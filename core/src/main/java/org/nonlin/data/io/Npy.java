package org.nonlin.data.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.nonlin.io.AtomicFiles;
import org.nonlin.io.DataFormatException;
import org.nonlin.io.InputFiles;

/**
 * Reads and writes NumPy {@code .npy} files (format versions 1.0, 2.0 and 3.0).
 *
 * <p>Layout: the magic bytes {@code \x93NUMPY}, a major and minor version byte, the header length
 * (2 bytes little-endian in version 1.0, 4 bytes in 2.0 and 3.0), the header (a Python dict literal
 * in Latin-1, UTF-8 in 3.0, padded with spaces and ended by a newline so the data start at a
 * multiple of 64 bytes), then the elements in the header's byte order.
 *
 * <p>Reading accepts little-endian ({@code <}), big-endian ({@code >}) and byte-order-free ({@code
 * |}) element types listed in {@link DType}, in C order. Fortran order, Python object arrays
 * (pickles) and structured types are rejected with a message. Writing produces version 1.0 (2.0
 * only for headers over 65,535 bytes), little-endian, C order, with the header NumPy itself writes,
 * so {@code numpy.load} reads the files.
 */
public final class Npy {

  private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
  private static final int ALIGN = 64;

  /** Longest header accepted; NumPy's own limit is 10,000 bytes unless told otherwise. */
  private static final int MAX_HEADER = 1 << 20;

  private Npy() {}

  /**
   * Reads a {@code .npy} file.
   *
   * @throws DataFormatException naming the file for a missing, corrupt, truncated or unsupported
   *     file
   */
  public static NdArray read(Path file) throws IOException {
    InputFiles.requireFile(file);
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      return read(in, file, "");
    }
  }

  /**
   * Reads one {@code .npy} array from a stream that holds exactly that array.
   *
   * @param file the file to name in errors, or null
   * @param what prefix for error messages locating the array inside the file, e.g. {@code "array
   *     data.npy: "}, or empty
   */
  static NdArray read(InputStream in, Path file, String what) throws IOException {
    NpyHeader header = readHeader(in, file, what);
    int[] shape = header.shape();
    int count;
    try {
      count = NdArray.elementCount(shape, header.dtype());
    } catch (IllegalArgumentException e) {
      throw new DataFormatException(file, what + e.getMessage(), null);
    }
    int length = count * header.dtype().size();
    byte[] data = in.readNBytes(length);
    if (data.length < length) {
      throw new DataFormatException(
          file,
          what
              + "data end after "
              + data.length
              + " of "
              + length
              + " bytes for shape "
              + NdArray.shapeText(shape)
              + " of "
              + header.dtype(),
          "the file is truncated; write it again");
    }
    if (in.read() >= 0) {
      throw new DataFormatException(
          file,
          what
              + "bytes follow the "
              + length
              + " data bytes of shape "
              + NdArray.shapeText(shape)
              + " of "
              + header.dtype(),
          "the header's shape does not match the data; the file is corrupt");
    }
    if (header.order() == ByteOrder.BIG_ENDIAN) {
      swapBytes(data, header.dtype().size());
    }
    return NdArray.wrapLittleEndian(header.dtype(), data, shape);
  }

  private static NpyHeader readHeader(InputStream in, Path file, String what) throws IOException {
    int major = readVersion(in, file, what);
    int lengthSize = major == 1 ? 2 : 4;
    ByteBuffer lengthBytes =
        ByteBuffer.wrap(readFully(in, lengthSize, file, what)).order(ByteOrder.LITTLE_ENDIAN);
    long headerLength =
        lengthSize == 2 ? lengthBytes.getShort() & 0xffff : lengthBytes.getInt() & 0xffffffffL;
    if (headerLength > MAX_HEADER) {
      throw new DataFormatException(
          file, what + "header length " + headerLength + " is implausible", "the file is corrupt");
    }
    byte[] headerBytes = readFully(in, (int) headerLength, file, what);
    String text =
        new String(headerBytes, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    try {
      NpyHeader header = NpyHeader.parse(text);
      if (header.fortranOrder()) {
        throw new IllegalArgumentException(
            "the array is stored in Fortran order (fortran_order: True), which is not supported");
      }
      return header;
    } catch (IllegalArgumentException e) {
      throw new DataFormatException(
              file, what + e.getMessage(), "save a C-ordered numeric array, e.g. np.save(f, a)")
          .causedBy(e);
    }
  }

  /** Checks the magic bytes and returns the major version, 1 to 3. */
  private static int readVersion(InputStream in, Path file, String what) throws IOException {
    byte[] start = in.readNBytes(MAGIC.length + 2);
    for (int i = 0; i < MAGIC.length; i++) {
      if (i >= start.length || start[i] != MAGIC[i]) {
        throw notNpy(start, file, what);
      }
    }
    if (start.length < MAGIC.length + 2) {
      throw truncatedHeader(file, what);
    }
    int major = start[6];
    if (major < 1 || major > 3 || start[7] != 0) {
      throw new DataFormatException(
          file,
          what
              + "format version "
              + major
              + "."
              + start[7]
              + " is not supported; supported are 1.0, 2.0 and 3.0",
          "save it with a current NumPy");
    }
    return major;
  }

  private static byte[] readFully(InputStream in, int length, Path file, String what)
      throws IOException {
    byte[] bytes = in.readNBytes(length);
    if (bytes.length < length) {
      throw truncatedHeader(file, what);
    }
    return bytes;
  }

  private static DataFormatException notNpy(byte[] start, Path file, String what) {
    boolean zip = start.length >= 2 && start[0] == 'P' && start[1] == 'K';
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < Math.min(start.length, MAGIC.length); i++) {
      hex.append(String.format("%02x ", start[i] & 0xff));
    }
    return new DataFormatException(
        file,
        what
            + "not a .npy file: it starts with bytes "
            + hex.toString().strip()
            + " instead of 93 4e 55 4d 50 59 (\\x93NUMPY)",
        zip ? "this is a zip archive; read it as .npz" : "give a file written by numpy.save");
  }

  private static DataFormatException truncatedHeader(Path file, String what) {
    return new DataFormatException(
        file, what + "the .npy header is cut short", "the file is truncated; write it again");
  }

  private static void swapBytes(byte[] data, int size) {
    for (int at = 0; size > 1 && at < data.length; at += size) {
      for (int i = 0, j = size - 1; i < j; i++, j--) {
        byte b = data[at + i];
        data[at + i] = data[at + j];
        data[at + j] = b;
      }
    }
  }

  /**
   * Writes an array as a {@code .npy} file, atomically (see {@link AtomicFiles}).
   *
   * @throws java.nio.file.NoSuchFileException when the directory does not exist
   */
  public static void write(Path file, NdArray array) throws IOException {
    AtomicFiles.write(file, out -> write(out, array));
  }

  /** Writes an array in {@code .npy} format to a stream (not closed). */
  public static void write(OutputStream out, NdArray array) throws IOException {
    out.write(header(array));
    array.writeBytes(out);
  }

  /**
   * The magic, version, length and header that precede the data, padded as NumPy pads it: with
   * {@code 64 - (prefix + header + 1) % 64} spaces (a full 64 when already aligned) and a newline.
   */
  static byte[] header(NdArray array) {
    String dict = NpyHeader.format(array.dtype(), array.shape());
    int version = 1;
    int prefix = MAGIC.length + 2 + 2;
    int padding = ALIGN - (prefix + dict.length() + 1) % ALIGN;
    if (dict.length() + padding + 1 > 0xffff) {
      version = 2;
      prefix += 2;
      padding = ALIGN - (prefix + dict.length() + 1) % ALIGN;
    }
    int headerLength = dict.length() + padding + 1;
    ByteBuffer buffer = ByteBuffer.allocate(prefix + headerLength).order(ByteOrder.LITTLE_ENDIAN);
    buffer.put(MAGIC).put((byte) version).put((byte) 0);
    if (version == 2) {
      buffer.putInt(headerLength);
    } else {
      buffer.putShort((short) headerLength);
    }
    buffer.put(dict.getBytes(StandardCharsets.ISO_8859_1));
    buffer.put(" ".repeat(padding).getBytes(StandardCharsets.ISO_8859_1)).put((byte) '\n');
    return buffer.array();
  }
}
