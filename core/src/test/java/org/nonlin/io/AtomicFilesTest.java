package org.nonlin.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @TempDir Path dir;

  @Test
  void writeString_newFile_contentAndNoTemporaryLeft() throws IOException {
    // given
    Path file = dir.resolve("model.json");

    // when
    AtomicFiles.writeString(file, "{\"a\": 1}\n");

    // then
    assertEquals("{\"a\": 1}\n", Files.readString(file));
    assertEquals(List.of(file), list(dir));
  }

  @Test
  void write_existingFile_replaced() throws IOException {
    // given
    Path file = Files.writeString(dir.resolve("out.bin"), "old content that is longer");

    // when
    AtomicFiles.writeBytes(file, new byte[] {1, 2, 3});

    // then
    assertEquals(3, Files.size(file));
  }

  @Test
  void write_failsHalfway_targetUnchangedAndTemporaryRemoved() throws IOException {
    // given a good file and a writer that fails after writing part of the new content
    Path file = Files.writeString(dir.resolve("good.json"), "good");

    // when
    IOException e =
        assertThrows(
            IOException.class,
            () ->
                AtomicFiles.write(
                    file,
                    out -> {
                      out.write(new byte[100_000]);
                      throw new IOException("disk full");
                    }));

    // then
    assertEquals("disk full", e.getMessage());
    assertEquals("good", Files.readString(file));
    assertEquals(List.of(file), list(dir));
  }

  @Test
  void write_runtimeFailure_noFileCreated() throws IOException {
    // given
    Path file = dir.resolve("new.json");

    // when
    assertThrows(
        IllegalStateException.class,
        () ->
            AtomicFiles.write(
                file,
                out -> {
                  throw new IllegalStateException("bad model");
                }));

    // then
    assertEquals(List.of(), list(dir));
  }

  @Test
  void write_missingParentDirectory_errorNamesDirectory() {
    // given
    Path file = dir.resolve("no/such/dir/model.json");

    // when
    NoSuchFileException e =
        assertThrows(NoSuchFileException.class, () -> AtomicFiles.writeString(file, "x"));

    // then
    assertEquals(dir.resolve("no/such/dir").toString(), e.getFile());
    assertTrue(
        e.getMessage().endsWith("directory does not exist; create it first"), e.getMessage());
  }

  @Test
  void write_targetIsDirectory_errorNamesIt() throws IOException {
    // given
    Path target = Files.createDirectory(dir.resolve("models"));

    // when
    FileSystemException e =
        assertThrows(FileSystemException.class, () -> AtomicFiles.writeString(target, "x"));

    // then
    assertTrue(e.getMessage().contains("is a directory"), e.getMessage());
  }

  @Test
  void write_existingFileWithPermissions_permissionsKept() throws IOException {
    // given a file only its owner may read (on POSIX file systems)
    Path file = Files.writeString(dir.resolve("secret.json"), "old");
    assumeTrue(Files.getFileAttributeView(file, PosixFileAttributeView.class) != null);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

    // when
    AtomicFiles.writeString(file, "new");

    // then
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }
}
