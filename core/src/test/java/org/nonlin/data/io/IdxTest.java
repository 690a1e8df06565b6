package org.nonlin.data.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nonlin.data.Dataset;
import org.nonlin.io.DataFormatException;

class IdxTest {

  private static final Path MNIST = Path.of("/work/shared/data/mnist-10k");

  @TempDir Path dir;

  /** Two 2 x 3 images, pixels 0..5 and 250..255. */
  private static final byte[] PIXELS = {
    0, 1, 2, 3, 4, 5, (byte) 250, (byte) 251, (byte) 252, (byte) 253, (byte) 254, (byte) 255
  };

  /** An images file as the format lays it out: magic, count, rows, cols big-endian, pixels. */
  private static byte[] imagesFile() {
    byte[] header = {0, 0, 8, 3, 0, 0, 0, 2, 0, 0, 0, 2, 0, 0, 0, 3};
    byte[] file = Arrays.copyOf(header, header.length + PIXELS.length);
    System.arraycopy(PIXELS, 0, file, header.length, PIXELS.length);
    return file;
  }

  @Test
  void readImages_handBuiltRawFile_sizesAndUnsignedPixels() throws IOException {
    // given
    Path file = Files.write(dir.resolve("images.idx"), imagesFile());

    // when
    IdxImages images = Idx.readImages(file);

    // then
    assertEquals(2, images.count());
    assertEquals(2, images.rows());
    assertEquals(3, images.cols());
    assertEquals(5, images.pixel(0, 1, 2));
    assertEquals(255, images.pixel(1, 1, 2));
    assertArrayEquals(PIXELS, images.toByteArray());
  }

  @Test
  void readLabels_gzipWithoutGzName_detectedByMagicBytes() throws IOException {
    // given a gzip-compressed labels file named without .gz
    Path file = dir.resolve("labels");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(new byte[] {0, 0, 8, 1, 0, 0, 0, 3, 7, 0, (byte) 200});
    }

    // when
    int[] labels = Idx.readLabels(file);

    // then
    assertArrayEquals(new int[] {7, 0, 200}, labels);
  }

  @Test
  void writeRead_rawAndGzip_sameContent() throws IOException {
    // given
    IdxImages images = new IdxImages(2, 2, 3, PIXELS);
    int[] labels = {3, 9};

    for (boolean gzip : new boolean[] {false, true}) {
      // when
      Path imagesFile = dir.resolve("i" + gzip);
      Path labelsFile = dir.resolve("l" + gzip);
      Idx.writeImages(imagesFile, images, gzip);
      Idx.writeLabels(labelsFile, labels, gzip);

      // then
      assertArrayEquals(PIXELS, Idx.readImages(imagesFile).toByteArray());
      assertArrayEquals(labels, Idx.readLabels(labelsFile));
    }
    Idx.writeImages(dir.resolve("raw"), images, false);
    assertArrayEquals(imagesFile(), Files.readAllBytes(dir.resolve("raw")));
  }

  @Test
  void readDataset_pair_pixelsScaledAndTenClasses() throws IOException {
    // given
    Path imagesFile = Files.write(dir.resolve("i"), imagesFile());
    Path labelsFile = dir.resolve("l");
    Idx.writeLabels(labelsFile, new int[] {0, 4}, false);

    // when
    Dataset data = Idx.readDataset(imagesFile, labelsFile);

    // then pixel 255 is 1.0, pixel 5 is 5 / 255; classes 0..9 although only 0 and 4 occur
    assertEquals(6, data.cols());
    assertEquals(1f, data.feature(1, 5));
    assertEquals(5f / 255f, data.feature(0, 5));
    assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), data.classNames());
    assertArrayEquals(new int[] {0, 4}, data.labels());
  }

  @Test
  void readDataset_countsDiffer_errorNamesBothFilesAndCounts() throws IOException {
    // given 2 images but 3 labels
    Path imagesFile = Files.write(dir.resolve("i"), imagesFile());
    Path labelsFile = dir.resolve("l");
    Idx.writeLabels(labelsFile, new int[] {0, 1, 2}, false);

    // when
    DataFormatException e =
        assertThrows(DataFormatException.class, () -> Idx.readDataset(imagesFile, labelsFile));

    // then
    assertEquals(
        labelsFile
            + ": holds 3 labels but images file "
            + imagesFile
            + " holds 2 images;"
            + " use the labels file that belongs to these images",
        e.getMessage());
  }

  @Test
  void readImages_truncatedOrTooLong_errorGivesAnnouncedAndActualBytes() throws IOException {
    // given the file without its last pixel, and with one byte too many
    byte[] good = imagesFile();
    Path truncated = Files.write(dir.resolve("t"), Arrays.copyOf(good, good.length - 1));
    Path longer = Files.write(dir.resolve("x"), Arrays.copyOf(good, good.length + 1));

    // when
    DataFormatException shortFile =
        assertThrows(DataFormatException.class, () -> Idx.readImages(truncated));
    DataFormatException longFile =
        assertThrows(DataFormatException.class, () -> Idx.readImages(longer));

    // then 2 images of 2 x 3 = 12 bytes, one missing leaves 11
    assertEquals(
        truncated
            + ": header announces 2 images of 2 x 3 = 12 bytes but the file holds"
            + " only 11 bytes; the file is truncated; download it again",
        shortFile.getMessage());
    assertTrue(longFile.getMessage().contains("holds more than 12 bytes"), longFile.getMessage());
  }

  @Test
  void readImages_wrongMagic_errorSaysWhatTheFileIs() throws IOException {
    // given a labels file, a float IDX file and a text file given as images
    Path labels = dir.resolve("labels");
    Idx.writeLabels(labels, new int[] {1}, false);
    Path floats = Files.write(dir.resolve("f"), new byte[] {0, 0, 0x0d, 3, 0, 0, 0, 0});
    Path text = Files.writeString(dir.resolve("t"), "hello world");
    Path tiny = Files.write(dir.resolve("tiny"), new byte[] {0, 0});

    // when
    String swapped =
        assertThrows(DataFormatException.class, () -> Idx.readImages(labels)).getMessage();
    String type =
        assertThrows(DataFormatException.class, () -> Idx.readImages(floats)).getMessage();
    String other = assertThrows(DataFormatException.class, () -> Idx.readImages(text)).getMessage();
    String cut = assertThrows(DataFormatException.class, () -> Idx.readImages(tiny)).getMessage();

    // then
    assertEquals(
        labels
            + ": magic number 0x00000801 is not that of an IDX images file"
            + " (0x00000803); this is an IDX labels file;"
            + " were the images and labels files swapped?",
        swapped);
    assertTrue(type.contains("element type is 0x0d"), type);
    assertTrue(other.contains("magic number 0x68656c6c"), other);
    assertTrue(cut.contains("header is cut short after 2 bytes"), cut);
  }

  @Test
  void readImages_corruptGzip_clearError() throws IOException {
    // given a gzip stream cut in half
    Path whole = dir.resolve("whole");
    Idx.writeImages(whole, new IdxImages(1, 100, 100, new byte[10_000]), true);
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = Files.write(dir.resolve("cut"), Arrays.copyOf(bytes, bytes.length / 2));

    // when
    DataFormatException e = assertThrows(DataFormatException.class, () -> Idx.readImages(cut));

    // then
    assertTrue(
        e.getMessage().startsWith(cut + ": gzip data are corrupt or cut short"), e.getMessage());
  }

  @Test
  void writeLabels_outOfByteRange_rejected() {
    // when
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Idx.writeLabels(dir.resolve("l"), new int[] {1, 256}, false));

    // then
    assertEquals("label 256 at index 1 must be in [0, 255] for an IDX file", e.getMessage());
  }

  @Test
  void readDataset_sharedMnist10k_tenThousandSortedDigits() throws IOException {
    // given the 10,000 real digits shipped with the project, when present
    assumeTrue(Files.isDirectory(MNIST));

    // when
    Dataset data =
        Idx.readDataset(
            MNIST.resolve("images-idx3-ubyte.gz"), MNIST.resolve("labels-idx1-ubyte.gz"));

    // then 28 x 28 = 784 features in [0, 1], about 1,000 of each digit, sorted by label
    assertEquals(10_000, data.rows());
    assertEquals(784, data.cols());
    int[] counts = data.classCounts();
    assertEquals(10_000, Arrays.stream(counts).sum());
    assertTrue(Arrays.stream(counts).allMatch(c -> c > 800 && c < 1200), Arrays.toString(counts));
    assertEquals(0, data.label(0));
    assertEquals(9, data.label(9_999));
  }
}
