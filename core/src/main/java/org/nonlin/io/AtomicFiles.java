package org.nonlin.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes files so that readers see either the old content or the complete new content, never a
 * truncated file: the content goes to a temporary file in the same directory, is flushed to the
 * disk, and is then moved over the target with {@link StandardCopyOption#ATOMIC_MOVE} (falling back
 * to {@link StandardCopyOption#REPLACE_EXISTING} on file systems without atomic moves). When
 * writing fails, the temporary file is deleted and the target is left as it was.
 *
 * <p>The temporary file is named {@code .<name>.<pid>.<n>.tmp}; it is created with the default
 * permissions of new files, and when the target already exists its POSIX permissions are copied, so
 * replacing a file does not change who may read it.
 */
public final class AtomicFiles {

  private static final AtomicLong COUNTER = new AtomicLong();

  private AtomicFiles() {}

  /** Writes the content of a file to an output stream; the stream is closed by the caller. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the content.
     *
     * @param out buffered stream to the temporary file; written to, not to be closed
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes {@code target} atomically with the content that {@code content} produces.
   *
   * @throws NoSuchFileException naming the directory when the parent directory does not exist
   * @throws IOException when the target is a directory, or writing or moving fails; the target is
   *     then unchanged
   */
  public static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path directory = absolute.getParent();
    if (directory == null || !Files.isDirectory(directory)) {
      throw new NoSuchFileException(
          String.valueOf(directory), null, "directory does not exist; create it first");
    }
    if (Files.isDirectory(absolute)) {
      throw new FileAlreadyExistsException(
          absolute.toString(), null, "is a directory; give a file name to write");
    }
    Path temporary = createTemporary(directory, absolute.getFileName().toString());
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
          OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      copyPermissions(absolute, temporary);
      move(temporary, absolute);
    } catch (IOException | RuntimeException | Error e) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
  }

  /** Writes text as UTF-8 atomically; see {@link #write(Path, Content)}. */
  public static void writeString(Path target, String text) throws IOException {
    write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** Writes bytes atomically; see {@link #write(Path, Content)}. */
  public static void writeBytes(Path target, byte[] bytes) throws IOException {
    write(target, out -> out.write(bytes));
  }

  private static Path createTemporary(Path directory, String name) throws IOException {
    long pid = ProcessHandle.current().pid();
    while (true) {
      Path candidate =
          directory.resolve("." + name + "." + pid + "." + COUNTER.incrementAndGet() + ".tmp");
      try {
        return Files.createFile(candidate);
      } catch (FileAlreadyExistsException taken) {
        // a leftover of an earlier process with the same id: try the next number
      }
    }
  }

  private static void copyPermissions(Path from, Path to) throws IOException {
    PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
    if (source != null && Files.exists(from)) {
      Files.setPosixFilePermissions(to, source.readAttributes().permissions());
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
