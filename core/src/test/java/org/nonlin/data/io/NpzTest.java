package org.nonlin.data.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nonlin.io.DataFormatException;

/**
 * The fixture {@code numpy-compressed.npz} was written by NumPy 2.4:
 *
 * <pre>
 * np.savez_compressed('numpy-compressed.npz', be=np.arange(6, dtype='>i4').reshape(2, 3),
 *     u8=np.array([0, 255, 7], dtype=np.uint8), f4=np.array([[1.5]], dtype='<f4'),
 *     scalar=np.float64(2.5))
 * </pre>
 */
class NpzTest {

  @TempDir Path dir;

  @Test
  void read_numpyCompressedArchive_allArraysInOrder() throws IOException {
    // given
    Path file = Files.write(dir.resolve("n.npz"), NpyTest.resource("numpy-compressed.npz"));

    // when
    Map<String, NdArray> arrays = Npz.read(file);

    // then
    assertEquals(List.of("be", "u8", "f4", "scalar"), List.copyOf(arrays.keySet()));
    assertArrayEquals(new int[] {2, 3}, arrays.get("be").shape());
    assertArrayEquals(new long[] {0, 1, 2, 3, 4, 5}, arrays.get("be").toLongArray());
    assertArrayEquals(new long[] {0, 255, 7}, arrays.get("u8").toLongArray());
    assertArrayEquals(new float[] {1.5f}, arrays.get("f4").toFloatArray());
    assertEquals(2.5, arrays.get("scalar").getDouble(0));
    assertEquals(List.of("be", "u8", "f4", "scalar"), Npz.names(file));
  }

  @Test
  void writeRead_storedAndDeflated_sameArrays() throws IOException {
    // given
    Map<String, NdArray> arrays = new LinkedHashMap<>();
    arrays.put("x", NdArray.of(new float[] {1, 2, 3, 4}, 2, 2));
    arrays.put("y", NdArray.of(new long[] {7, 8}, 2, 1));

    for (boolean compress : new boolean[] {true, false}) {
      // when
      Path file = dir.resolve("a" + compress + ".npz");
      Npz.write(file, arrays, compress);

      // then
      assertEquals(arrays, Npz.read(file));
      assertEquals(arrays.get("y"), Npz.read(file, "y"));
    }
  }

  @Test
  void write_sameArraysTwice_sameBytes() throws IOException {
    // given
    Map<String, NdArray> arrays = Map.of("x", NdArray.of(new double[] {1, 2}, 2));

    // when
    Npz.write(dir.resolve("1.npz"), arrays);
    Npz.write(dir.resolve("2.npz"), arrays);

    // then
    assertArrayEquals(
        Files.readAllBytes(dir.resolve("1.npz")), Files.readAllBytes(dir.resolve("2.npz")));
  }

  @Test
  void read_otherEntries_ignored() throws IOException {
    // given a zip with a text file and a directory beside one array
    Path file = dir.resolve("mixed.npz");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("README.txt"));
      zip.write('x');
      zip.putNextEntry(new ZipEntry("sub/"));
      zip.putNextEntry(new ZipEntry("sub/a.npy"));
      Npy.write(zip, NdArray.of(new double[] {4}, 1));
    }

    // when
    Map<String, NdArray> arrays = Npz.read(file);

    // then
    assertEquals(Map.of("sub/a", NdArray.of(new double[] {4}, 1)), arrays);
  }

  @Test
  void read_missingName_errorListsArrays() throws IOException {
    // given
    Path file = dir.resolve("a.npz");
    Npz.write(file, Map.of("x", NdArray.of(new double[] {1}, 1)));

    // when
    DataFormatException e = assertThrows(DataFormatException.class, () -> Npz.read(file, "y"));

    // then
    assertEquals(file + ": has no array named 'y'; its arrays are [x]", e.getMessage());
  }

  @Test
  void read_notZipOrTruncated_clearErrors() throws IOException {
    // given a text file and an archive cut in the middle of its compressed data
    Path text = Files.writeString(dir.resolve("text.npz"), "hello");
    Path good = dir.resolve("good.npz");
    double[] values = new double[1000];
    Arrays.setAll(values, Math::sqrt);
    Npz.write(good, Map.of("x", NdArray.of(values, 1000)), false);
    byte[] bytes = Files.readAllBytes(good);
    Path cut = dir.resolve("cut.npz");
    try (OutputStream out = Files.newOutputStream(cut)) {
      out.write(bytes, 0, 3000);
    }

    // when
    DataFormatException notZip = assertThrows(DataFormatException.class, () -> Npz.read(text));
    DataFormatException truncated = assertThrows(DataFormatException.class, () -> Npz.read(cut));

    // then
    assertTrue(
        notZip.getMessage().startsWith(text + ": not a .npz (zip) archive"), notZip.getMessage());
    assertEquals(cut, truncated.file());
  }

  @Test
  void write_emptyName_rejected() {
    // given
    Map<String, NdArray> arrays = Map.of("", NdArray.of(new double[] {1}, 1));

    // when
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Npz.write(dir.resolve("e.npz"), arrays));

    // then
    assertEquals("array name must not be empty", e.getMessage());
  }
}
