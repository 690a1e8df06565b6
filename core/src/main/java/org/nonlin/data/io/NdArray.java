package org.nonlin.data.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * An immutable n-dimensional array as NumPy stores it: an element type, a shape and the elements in
 * C order (the last index varies fastest). The elements are kept as little-endian bytes of their
 * own type, so a large uint8 or float32 array costs 1 or 4 bytes per element; {@link
 * #toDoubleArray()}, {@link #toFloatArray()} and {@link #toLongArray()} copy them out converted.
 *
 * <p>An array of rank 0 (shape {@code ()}) holds one element. The size is limited to arrays whose
 * bytes fit in one Java array (about 2 GiB).
 */
public final class NdArray {

  private final DType dtype;
  private final int[] shape;
  private final int size;
  private final byte[] bytes;

  private NdArray(DType dtype, int[] shape, byte[] bytes) {
    this.dtype = dtype;
    this.shape = shape;
    this.size = elementCount(shape, dtype);
    if ((long) size * dtype.size() != bytes.length) {
      throw new IllegalArgumentException(
          bytes.length + " bytes do not hold shape " + shapeText(shape) + " of " + dtype);
    }
    this.bytes = bytes;
  }

  /** A float64 array; the data are copied. */
  public static NdArray of(double[] data, int... shape) {
    ByteBuffer buffer = allocate(DType.FLOAT64, shape, data.length);
    buffer.asDoubleBuffer().put(data);
    return new NdArray(DType.FLOAT64, shape.clone(), buffer.array());
  }

  /** A float32 array; the data are copied. */
  public static NdArray of(float[] data, int... shape) {
    ByteBuffer buffer = allocate(DType.FLOAT32, shape, data.length);
    buffer.asFloatBuffer().put(data);
    return new NdArray(DType.FLOAT32, shape.clone(), buffer.array());
  }

  /** An int64 array; the data are copied. */
  public static NdArray of(long[] data, int... shape) {
    ByteBuffer buffer = allocate(DType.INT64, shape, data.length);
    buffer.asLongBuffer().put(data);
    return new NdArray(DType.INT64, shape.clone(), buffer.array());
  }

  /**
   * An array of any type from its elements as little-endian bytes in C order, e.g. uint8 pixels.
   *
   * @param bytes {@code size * dtype.size()} bytes; copied
   */
  public static NdArray ofLittleEndian(DType dtype, byte[] bytes, int... shape) {
    return new NdArray(dtype, shape.clone(), bytes.clone());
  }

  /** Wraps bytes the caller hands over and never touches again (the readers' path, no copy). */
  static NdArray wrapLittleEndian(DType dtype, byte[] bytes, int[] shape) {
    return new NdArray(dtype, shape, bytes);
  }

  private static ByteBuffer allocate(DType dtype, int[] shape, int length) {
    int size = elementCount(shape, dtype);
    if (size != length) {
      throw new IllegalArgumentException(
          length + " values do not fill shape " + shapeText(shape) + " of " + size + " elements");
    }
    return ByteBuffer.allocate(size * dtype.size()).order(ByteOrder.LITTLE_ENDIAN);
  }

  /**
   * The number of elements of a shape, checked to be non-negative and to fit in one Java byte array
   * with the given element size.
   */
  static int elementCount(int[] shape, DType dtype) {
    long count = 1;
    for (int dim : shape) {
      if (dim < 0) {
        throw new IllegalArgumentException(
            "shape " + shapeText(shape) + " has a negative dimension " + dim);
      }
      count *= dim;
      if (count * dtype.size() > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException(
            "shape "
                + shapeText(shape)
                + " of "
                + dtype
                + " needs more than 2 GiB, the largest Java array");
      }
    }
    return (int) count;
  }

  /** A shape as Python writes it: {@code ()}, {@code (5,)}, {@code (3, 4)}. */
  public static String shapeText(int[] shape) {
    StringBuilder text = new StringBuilder("(");
    for (int i = 0; i < shape.length; i++) {
      text.append(i > 0 ? ", " : "").append(shape[i]);
    }
    return text.append(shape.length == 1 ? ",)" : ")").toString();
  }

  /** The element type. */
  public DType dtype() {
    return dtype;
  }

  /** A copy of the shape, one length per dimension. */
  public int[] shape() {
    return shape.clone();
  }

  /** Number of dimensions. */
  public int rank() {
    return shape.length;
  }

  /** Length of one dimension. */
  public int dim(int axis) {
    return shape[axis];
  }

  /** Number of elements, the product of the shape. */
  public int size() {
    return size;
  }

  /** A copy of the elements as little-endian bytes in C order. */
  public byte[] toLittleEndianBytes() {
    return bytes.clone();
  }

  /** Writes the elements as little-endian bytes in C order, without copying them. */
  void writeBytes(OutputStream out) throws IOException {
    out.write(bytes);
  }

  /** The element at a flat C-order index, converted to double (exact except int64 beyond 2^53). */
  public double getDouble(int index) {
    return valueAt(buffer(), index);
  }

  /** All elements converted to double; exact except int64 and uint64 values beyond 2^53. */
  public double[] toDoubleArray() {
    double[] out = new double[size];
    ByteBuffer buffer = buffer();
    if (dtype == DType.FLOAT64) {
      buffer.asDoubleBuffer().get(out);
      return out;
    }
    for (int i = 0; i < size; i++) {
      out[i] = valueAt(buffer, i);
    }
    return out;
  }

  /**
   * All elements converted to float (each rounded to the nearest float), for large feature arrays:
   * float32 is copied exactly, integers up to 2^24 are exact.
   */
  public float[] toFloatArray() {
    float[] out = new float[size];
    ByteBuffer buffer = buffer();
    if (dtype == DType.FLOAT32) {
      buffer.asFloatBuffer().get(out);
      return out;
    }
    for (int i = 0; i < size; i++) {
      out[i] = (float) valueAt(buffer, i);
    }
    return out;
  }

  /**
   * All elements of an integer or boolean array as longs, exactly (uint64 values above 2^63 - 1
   * come out negative, as Java's unsigned longs do).
   *
   * @throws IllegalStateException for float arrays, which would need rounding
   */
  public long[] toLongArray() {
    if (!dtype.isInteger()) {
      throw new IllegalStateException(
          "a " + dtype + " array holds no whole numbers; use toDoubleArray()");
    }
    long[] out = new long[size];
    ByteBuffer buffer = buffer();
    for (int i = 0; i < size; i++) {
      out[i] = integerAt(buffer, i);
    }
    return out;
  }

  private ByteBuffer buffer() {
    return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
  }

  private double valueAt(ByteBuffer buffer, int i) {
    switch (dtype) {
      case FLOAT32:
        return buffer.getFloat(i * 4);
      case FLOAT64:
        return buffer.getDouble(i * 8);
      case UINT64:
        long bits = buffer.getLong(i * 8);
        return bits >= 0 ? bits : ((bits >>> 1) | (bits & 1)) * 2.0;
      default:
        return integerAt(buffer, i);
    }
  }

  private long integerAt(ByteBuffer buffer, int i) {
    switch (dtype) {
      case BOOL:
        return buffer.get(i) != 0 ? 1 : 0;
      case INT8:
        return buffer.get(i);
      case UINT8:
        return buffer.get(i) & 0xff;
      case INT16:
        return buffer.getShort(i * 2);
      case UINT16:
        return buffer.getShort(i * 2) & 0xffff;
      case INT32:
        return buffer.getInt(i * 4);
      case UINT32:
        return buffer.getInt(i * 4) & 0xffffffffL;
      default:
        return buffer.getLong(i * 8);
    }
  }

  /** Equal when type, shape and every element's bytes are equal. */
  @Override
  public boolean equals(Object other) {
    return other instanceof NdArray
        && ((NdArray) other).dtype == dtype
        && Arrays.equals(((NdArray) other).shape, shape)
        && Arrays.equals(((NdArray) other).bytes, bytes);
  }

  @Override
  public int hashCode() {
    return (dtype.hashCode() * 31 + Arrays.hashCode(shape)) * 31 + Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "NdArray[" + dtype + " " + shapeText(shape) + "]";
  }
}
