package org.nonlin.data.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nonlin.io.DataFormatException;

/**
 * The fixtures {@code numpy-*.npy} were written by NumPy 2.4:
 *
 * <pre>
 * np.save('numpy-arange.npy', np.arange(12.).reshape(3, 4))
 * np.save('numpy-fortran.npy', np.asfortranarray(np.arange(6.).reshape(2, 3)))
 * np.save('numpy-object.npy', np.array([{'a': 1}, None], dtype=object), allow_pickle=True)
 * </pre>
 */
class NpyTest {

  @TempDir Path dir;

  /** The spec's layout: magic, version, little-endian length, dict, padding, newline. */
  private static byte[] npy(int major, String dict, int lengthBytes, byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', (byte) major, 0});
    byte[] header = (dict + "\n").getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < lengthBytes; i++) {
      out.write((header.length >>> (8 * i)) & 0xff);
    }
    out.writeBytes(header);
    out.writeBytes(data);
    return out.toByteArray();
  }

  private static NdArray read(byte[] bytes) throws IOException {
    return Npy.read(new ByteArrayInputStream(bytes), null, "");
  }

  @Test
  void write_float64Matrix_headerBytesAsTheSpecLaysThemOut() throws IOException {
    // given
    NdArray array = NdArray.of(new double[12], 3, 4);
    String dict = "{'descr': '<f8', 'fortran_order': False, 'shape': (3, 4), }";

    // when
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Npy.write(out, array);
    byte[] bytes = out.toByteArray();

    // then: dict 59 chars + 20 growth spaces (21 - len("3")) = 79; prefix 10 + 79 + newline 1 = 90;
    // padding 64 - 90 % 64 = 38; header length 79 + 38 + 1 = 118 = 0x76; data start at 128
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    expected.writeBytes(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, 0x76, 0});
    expected.writeBytes((dict + " ".repeat(20 + 38) + "\n").getBytes(StandardCharsets.US_ASCII));
    expected.writeBytes(new byte[12 * 8]);
    assertEquals(59, dict.length());
    assertArrayEquals(expected.toByteArray(), bytes);
  }

  @Test
  void write_sameArrayAsNumpy_sameBytes() throws IOException {
    // given the bytes NumPy wrote for np.arange(12.).reshape(3, 4)
    byte[] numpy = resource("numpy-arange.npy");
    double[] values = new double[12];
    Arrays.setAll(values, i -> i);

    // when
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Npy.write(out, NdArray.of(values, 3, 4));

    // then
    assertArrayEquals(numpy, out.toByteArray());
    assertEquals(NdArray.of(values, 3, 4), read(numpy));
  }

  @Test
  void read_handBuiltVersion1LittleEndianFloat32_valuesAndShape() throws IOException {
    // given 1.5f = 0x3fc00000 and -2f = 0xc0000000, little-endian, without alignment padding
    byte[] data = {0, 0, (byte) 0xc0, 0x3f, 0, 0, 0, (byte) 0xc0};
    byte[] bytes = npy(1, "{'descr': '<f4', 'fortran_order': False, 'shape': (2,), }", 2, data);

    // when
    NdArray array = read(bytes);

    // then
    assertEquals(DType.FLOAT32, array.dtype());
    assertArrayEquals(new int[] {2}, array.shape());
    assertArrayEquals(new float[] {1.5f, -2f}, array.toFloatArray());
  }

  @Test
  void read_handBuiltBigEndianInt16_valuesInNativeOrder() throws IOException {
    // given int16 values 1, 258 (0x0102), -1, 32767 big-endian in a 2 x 2 array
    byte[] data = {0, 1, 1, 2, (byte) 0xff, (byte) 0xff, 0x7f, (byte) 0xff};
    byte[] bytes = npy(1, "{'descr': '>i2', 'fortran_order': False, 'shape': (2, 2)}", 2, data);

    // when
    NdArray array = read(bytes);

    // then
    assertArrayEquals(new long[] {1, 258, -1, 32767}, array.toLongArray());
    assertArrayEquals(new double[] {1, 258, -1, 32767}, array.toDoubleArray());
  }

  @Test
  void read_version2And3Headers_fourByteLength() throws IOException {
    // given the same uint8 scalar under a 4-byte header length (2.0) and a UTF-8 header (3.0)
    String dict = "{\"descr\": \"|u1\", \"fortran_order\": False, \"shape\": (), \"note\": 'é'}";

    // when
    NdArray v2 = read(npy(2, dict.replace("é", "e"), 4, new byte[] {(byte) 200}));
    NdArray v3 = read(npy(3, dict, 4, new byte[] {(byte) 200}));

    // then a rank-0 array holds one element; 200 read unsigned
    assertEquals(0, v2.rank());
    assertEquals(1, v2.size());
    assertEquals(200.0, v2.getDouble(0));
    assertEquals(v2, v3);
  }

  @Test
  void read_python2LongShape_parsed() throws IOException {
    // given a shape written by Python 2 as (2L, 1L)
    byte[] data = {1, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0};
    byte[] bytes = npy(1, "{'descr': '<i8', 'fortran_order': False, 'shape': (2L, 1L), }", 2, data);

    // when
    NdArray array = read(bytes);

    // then
    assertArrayEquals(new int[] {2, 1}, array.shape());
    assertArrayEquals(new long[] {1, 2}, array.toLongArray());
  }

  @Test
  void writeRead_everyTypeAndRank_sameArray() throws IOException {
    // given arrays of rank 0 to 3 and several types
    NdArray[] arrays = {
      NdArray.of(new double[] {Math.PI}),
      NdArray.of(new float[] {1, 2, 3, 4, 5, 6}, 1, 2, 3),
      NdArray.of(new long[] {Long.MIN_VALUE, Long.MAX_VALUE}, 2),
      NdArray.ofLittleEndian(DType.UINT8, new byte[] {0, (byte) 255}, 2, 1),
      NdArray.of(new double[0], 0, 5),
    };

    for (NdArray array : arrays) {
      // when
      Path file = dir.resolve("a.npy");
      Npy.write(file, array);
      NdArray back = Npy.read(file);

      // then
      assertEquals(array, back, array.toString());
    }
  }

  @Test
  void read_fortranOrderFromNumpy_errorSaysSo() throws IOException {
    // given
    Path file = copyResource("numpy-fortran.npy");

    // when
    DataFormatException e = assertThrows(DataFormatException.class, () -> Npy.read(file));

    // then
    assertTrue(
        e.getMessage().startsWith(file + ": the array is stored in Fortran order"), e.getMessage());
  }

  @Test
  void read_objectArrayFromNumpy_errorSaysPickled() throws IOException {
    // given
    Path file = copyResource("numpy-object.npy");

    // when
    DataFormatException e = assertThrows(DataFormatException.class, () -> Npy.read(file));

    // then
    assertTrue(
        e.getMessage().contains("dtype '|O' holds Python objects (pickled)"), e.getMessage());
  }

  @Test
  void read_badHeaders_errorsSayWhatIsWrong() {
    // given headers with a problem each and a phrase the message must contain
    String[][] cases = {
      {"{'descr': '<U5', 'fortran_order': False, 'shape': (1,), }", "dtype '<U5' is not supported"},
      {"{'descr': '<f2', 'fortran_order': False, 'shape': (1,), }", "dtype '<f2' is not supported"},
      {"{'descr': [('x', '<f4')], 'fortran_order': False, 'shape': (1,), }", "structured"},
      {"{'descr': '<f4', 'shape': (1,), }", "lacks one of the keys"},
      {"{'descr': '<f4', 'fortran_order': Maybe, 'shape': (1,), }", "expected True or False"},
      {"{'descr': '<f4', 'fortran_order': False, 'shape': (-1,), }", "non-negative whole number"},
      {"['descr']", "expected '{'"},
    };

    for (String[] testCase : cases) {
      // when
      DataFormatException e =
          assertThrows(DataFormatException.class, () -> read(npy(1, testCase[0], 2, new byte[4])));

      // then
      assertTrue(e.getMessage().contains(testCase[1]), testCase[0] + " -> " + e.getMessage());
    }
  }

  @Test
  void read_corruptFiles_errorsNameFileAndNumbers() throws IOException {
    // given
    byte[] good =
        npy(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (3,), }", 2, new byte[24]);
    Path truncated = Files.write(dir.resolve("t.npy"), Arrays.copyOf(good, good.length - 5));
    Path longer = Files.write(dir.resolve("l.npy"), Arrays.copyOf(good, good.length + 1));
    Path cutHeader = Files.write(dir.resolve("h.npy"), Arrays.copyOf(good, 20));
    Path zip = Files.write(dir.resolve("z.npy"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0});
    byte[] version4 = good.clone();
    version4[6] = 4;
    Path future = Files.write(dir.resolve("v.npy"), version4);

    // when
    String t = assertThrows(DataFormatException.class, () -> Npy.read(truncated)).getMessage();
    String l = assertThrows(DataFormatException.class, () -> Npy.read(longer)).getMessage();
    String h = assertThrows(DataFormatException.class, () -> Npy.read(cutHeader)).getMessage();
    String z = assertThrows(DataFormatException.class, () -> Npy.read(zip)).getMessage();
    String v = assertThrows(DataFormatException.class, () -> Npy.read(future)).getMessage();

    // then: 3 float64 = 24 data bytes, 5 cut off leaves 19
    assertEquals(
        truncated
            + ": data end after 19 of 24 bytes for shape (3,) of float64;"
            + " the file is truncated; write it again",
        t);
    assertTrue(l.contains("bytes follow the 24 data bytes"), l);
    assertTrue(h.contains("header is cut short"), h);
    assertTrue(
        z.contains("starts with bytes 50 4b 03 04 00 00") && z.contains("read it as .npz"), z);
    assertTrue(v.contains("format version 4.0 is not supported"), v);
  }

  static byte[] resource(String name) throws IOException {
    try (InputStream in = NpyTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  private Path copyResource(String name) throws IOException {
    return Files.write(dir.resolve(name), resource(name));
  }
}
