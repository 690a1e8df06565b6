package org.nonlin.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

  @TempDir Path dir;

  @Test
  void open_gzipWithPlainName_decompressedByMagicBytes() throws IOException {
    // given gzip content in a file whose name does not end in .gz
    Path file = dir.resolve("data.csv");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write("1,2\n".getBytes(StandardCharsets.UTF_8));
    }

    // when
    byte[] content;
    try (InputStream in = InputFiles.open(file)) {
      content = in.readAllBytes();
    }

    // then
    assertArrayEquals("1,2\n".getBytes(StandardCharsets.UTF_8), content);
  }

  @Test
  void open_plainWithGzName_readAsIs() throws IOException {
    // given plain content named .gz, one byte long (shorter than the magic)
    Path file = Files.write(dir.resolve("x.gz"), new byte[] {0x1f});

    // when
    byte[] content;
    try (InputStream in = InputFiles.open(file)) {
      content = in.readAllBytes();
    }

    // then
    assertArrayEquals(new byte[] {0x1f}, content);
  }

  @Test
  void open_missingOrDirectory_dataFormatErrorNamingPath() {
    // given
    Path missing = dir.resolve("absent.csv");

    // when
    DataFormatException noFile =
        assertThrows(DataFormatException.class, () -> InputFiles.open(missing));
    DataFormatException directory =
        assertThrows(DataFormatException.class, () -> InputFiles.open(dir));

    // then
    assertEquals(missing + ": file not found; check the path", noFile.getMessage());
    assertEquals(
        dir + ": is a directory, not a file; give the file's path", directory.getMessage());
  }
}
