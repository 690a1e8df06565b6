package org.nonlin.data.io;

import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * The header dictionary of a {@code .npy} file, a Python literal such as {@code {'descr': '<f8',
 * 'fortran_order': False, 'shape': (3, 4), }}, read with a small parser (no evaluation) and written
 * in NumPy's own layout.
 */
record NpyHeader(DType dtype, ByteOrder order, boolean fortranOrder, int[] shape) {

  /** Spaces NumPy reserves after the dict so that the first axis can grow in place. */
  private static final int GROWTH_AXIS_MAX_DIGITS = 21;

  /** Writes the dict as NumPy does, little-endian and C order, before padding. */
  static String format(DType dtype, int[] shape) {
    String dict =
        "{'descr': '"
            + dtype.littleEndianDescr()
            + "', 'fortran_order': False, 'shape': "
            + NdArray.shapeText(shape)
            + ", }";
    int growth =
        shape.length == 0 ? 0 : GROWTH_AXIS_MAX_DIGITS - Integer.toString(shape[0]).length();
    return dict + " ".repeat(Math.max(growth, 0));
  }

  /**
   * Parses a header dict.
   *
   * @throws IllegalArgumentException with a message saying what is wrong, for the caller to place
   */
  static NpyHeader parse(String text) {
    Parser parser = new Parser(text);
    String descr = null;
    Boolean fortran = null;
    int[] shape = null;
    parser.expect('{');
    while (!parser.tryConsume('}')) {
      String key = parser.string();
      parser.expect(':');
      switch (key) {
        case "descr" -> descr = parser.descr();
        case "fortran_order" -> fortran = parser.bool();
        case "shape" -> shape = parser.shape();
        default -> parser.skipValue();
      }
      if (!parser.tryConsume(',')) {
        parser.expect('}');
        break;
      }
    }
    if (descr == null || fortran == null || shape == null) {
      throw new IllegalArgumentException(
          "header " + text.strip() + " lacks one of the keys 'descr', 'fortran_order', 'shape'");
    }
    return new NpyHeader(dtypeOf(descr), orderOf(descr), fortran, shape);
  }

  private static DType dtypeOf(String descr) {
    if (descr.length() >= 2 && descr.charAt(1) == 'O') {
      throw new IllegalArgumentException(
          "dtype '"
              + descr
              + "' holds Python objects (pickled), which are not supported;"
              + " save a numeric array instead");
    }
    if (descr.length() < 3 || "<>|".indexOf(descr.charAt(0)) < 0) {
      throw unsupported(descr);
    }
    DType dtype = null;
    try {
      dtype = DType.of(descr.charAt(1), Integer.parseInt(descr.substring(2)));
    } catch (NumberFormatException e) {
      throw unsupported(descr);
    }
    if (dtype == null) {
      throw unsupported(descr);
    }
    return dtype;
  }

  private static ByteOrder orderOf(String descr) {
    return descr.charAt(0) == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
  }

  private static IllegalArgumentException unsupported(String descr) {
    return new IllegalArgumentException(
        "dtype '"
            + descr
            + "' is not supported; supported are bool, int8, uint8, int16, uint16,"
            + " int32, uint32, int64, uint64, float32 and float64 (e.g. '<f4', '>i8', '|u1')");
  }

  /** A cursor over the header text. */
  private static final class Parser {
    private final String text;
    private int pos;

    Parser(String text) {
      this.text = text;
    }

    void expect(char c) {
      if (!tryConsume(c)) {
        throw error("expected '" + c + "'");
      }
    }

    boolean tryConsume(char c) {
      skipSpaces();
      if (pos < text.length() && text.charAt(pos) == c) {
        pos++;
        return true;
      }
      return false;
    }

    String string() {
      skipSpaces();
      char quote = pos < text.length() ? text.charAt(pos) : 0;
      if (quote != '\'' && quote != '"') {
        throw error("expected a quoted string");
      }
      int end = text.indexOf(quote, pos + 1);
      if (end < 0) {
        throw error("expected a closing " + quote);
      }
      String value = text.substring(pos + 1, end);
      pos = end + 1;
      return value;
    }

    String descr() {
      skipSpaces();
      if (pos < text.length() && text.charAt(pos) == '[') {
        throw new IllegalArgumentException(
            "structured dtypes (a list of named fields) are not supported; save one plain"
                + " numeric array per name");
      }
      return string();
    }

    boolean bool() {
      skipSpaces();
      for (String word : new String[] {"True", "False"}) {
        if (text.startsWith(word, pos)) {
          pos += word.length();
          return word.equals("True");
        }
      }
      throw error("expected True or False");
    }

    int[] shape() {
      expect('(');
      List<Integer> dims = new ArrayList<>();
      while (!tryConsume(')')) {
        dims.add(integer());
        tryConsume('L'); // Python 2 wrote long integers as 3L
        if (!tryConsume(',')) {
          expect(')');
          break;
        }
      }
      return dims.stream().mapToInt(Integer::intValue).toArray();
    }

    private int integer() {
      skipSpaces();
      int start = pos;
      while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
        pos++;
      }
      if (pos == start) {
        throw error("expected a non-negative whole number in the shape");
      }
      try {
        return Integer.parseInt(text.substring(start, pos));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "shape dimension " + text.substring(start, pos) + " exceeds the int range");
      }
    }

    /** Skips a value of a key nonlin does not use: a string, a word or a bracketed literal. */
    void skipValue() {
      skipSpaces();
      int depth = 0;
      while (pos < text.length()) {
        char c = text.charAt(pos);
        if (c == '\'' || c == '"') {
          string();
          continue;
        }
        if ((c == ',' || c == '}') && depth == 0) {
          return;
        }
        depth +=
            (c == '(' || c == '[' || c == '{') ? 1 : (c == ')' || c == ']' || c == '}') ? -1 : 0;
        pos++;
      }
    }

    private void skipSpaces() {
      while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
        pos++;
      }
    }

    private IllegalArgumentException error(String expectation) {
      String found = pos < text.length() ? "'" + text.charAt(pos) + "'" : "the end";
      return new IllegalArgumentException(
          "header "
              + text.strip()
              + " is malformed: "
              + expectation
              + " at character "
              + (pos + 1)
              + " but found "
              + found);
    }
  }
}
