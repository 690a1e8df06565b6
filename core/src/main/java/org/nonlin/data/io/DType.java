package org.nonlin.data.io;

import java.util.Locale;

/**
 * The numeric element types of NumPy arrays that nonlin reads and writes: NumPy's type codes {@code
 * b1 i1 u1 i2 u2 i4 u4 i8 u8 f4 f8}.
 */
public enum DType {
  /** {@code bool}, one byte, 0 is false and anything else true (read as 0 or 1). */
  BOOL('b', 1),
  /** {@code int8}. */
  INT8('i', 1),
  /** {@code uint8}, e.g. image pixels. */
  UINT8('u', 1),
  /** {@code int16}. */
  INT16('i', 2),
  /** {@code uint16}. */
  UINT16('u', 2),
  /** {@code int32}. */
  INT32('i', 4),
  /** {@code uint32}. */
  UINT32('u', 4),
  /** {@code int64}. */
  INT64('i', 8),
  /** {@code uint64}; values above 2^63 - 1 read as doubles are exact to 53 bits. */
  UINT64('u', 8),
  /** {@code float32}. */
  FLOAT32('f', 4),
  /** {@code float64}. */
  FLOAT64('f', 8);

  private final char kind;
  private final int size;

  DType(char kind, int size) {
    this.kind = kind;
    this.size = size;
  }

  /** Bytes per element. */
  public int size() {
    return size;
  }

  /** True for the integer and boolean types, whose values {@link NdArray#toLongArray} gives. */
  public boolean isInteger() {
    return kind != 'f';
  }

  /**
   * NumPy's type string for this type stored little-endian: {@code "<f8"}, or {@code "|u1"} for
   * one-byte types, where byte order does not apply.
   */
  public String littleEndianDescr() {
    return (size == 1 ? "|" : "<") + kind + size;
  }

  /**
   * The type of a NumPy kind letter and size, e.g. ('f', 4) for float32.
   *
   * @return the type, or null when nonlin does not support it
   */
  public static DType of(char kind, int size) {
    for (DType type : values()) {
      if (type.kind == kind && type.size == size) {
        return type;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
