package org.nonlin.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Opens input files for the data readers: a missing path or a directory is a {@link
 * DataFormatException} naming it, and gzip-compressed files are decompressed transparently,
 * recognised by their first two bytes (0x1f 0x8b), not by their name.
 */
public final class InputFiles {

  private static final int BUFFER = 1 << 16;

  private InputFiles() {}

  /**
   * Checks that a path names a readable regular file.
   *
   * @throws DataFormatException naming the path when it is missing, a directory or unreadable
   */
  public static void requireFile(Path file) {
    if (Files.isDirectory(file)) {
      throw new DataFormatException(file, "is a directory, not a file", "give the file's path");
    }
    if (!Files.exists(file)) {
      throw new DataFormatException(file, "file not found", "check the path");
    }
    if (!Files.isReadable(file)) {
      throw new DataFormatException(file, "file is not readable", "check its permissions");
    }
  }

  /**
   * Opens a file for buffered reading, decompressing it when it starts with the gzip magic bytes.
   * The caller closes the stream. A corrupt gzip stream shows up later as a {@link
   * java.util.zip.ZipException} or {@link java.io.EOFException} from the read calls.
   *
   * @throws DataFormatException when the file is missing (see {@link #requireFile})
   */
  public static InputStream open(Path file) throws IOException {
    requireFile(file);
    InputStream raw = new BufferedInputStream(Files.newInputStream(file), BUFFER);
    try {
      raw.mark(2);
      int first = raw.read();
      int second = raw.read();
      raw.reset();
      if (first == 0x1f && second == 0x8b) {
        return new BufferedInputStream(new GZIPInputStream(raw, BUFFER), BUFFER);
      }
      return raw;
    } catch (IOException | RuntimeException e) {
      raw.close();
      throw e;
    }
  }
}
