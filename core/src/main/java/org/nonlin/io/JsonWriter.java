package org.nonlin.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.util.Collection;
import java.util.Map;

/** Writes Java values as JSON text; see {@link Json#write(Object, Appendable, boolean)}. */
final class JsonWriter {

  private static final String INDENT = "  ";

  private final Appendable out;
  private final boolean pretty;
  private final String[] keys = new String[Json.MAX_DEPTH + 1];
  private final int[] indexes = new int[Json.MAX_DEPTH + 1];

  JsonWriter(Appendable out, boolean pretty) {
    this.out = out;
    this.pretty = pretty;
  }

  void write(Object value) {
    try {
      value(value, 0);
      if (pretty) {
        out.append('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void value(Object value, int depth) throws IOException {
    if (depth > Json.MAX_DEPTH) {
      throw new IllegalArgumentException(
          "JSON value at "
              + path(depth)
              + " is nested deeper than "
              + Json.MAX_DEPTH
              + "; is it a cycle?");
    }
    if (value == null || value instanceof Boolean || isInteger(value)) {
      out.append(String.valueOf(value));
    } else if (value instanceof String) {
      string((String) value);
    } else if (value instanceof Double || value instanceof Float) {
      number((Number) value, depth);
    } else if (value instanceof Map) {
      object((Map<?, ?>) value, depth);
    } else if (value instanceof Collection) {
      array(((Collection<?>) value).toArray(), depth);
    } else if (value.getClass().isArray()) {
      array(value, depth);
    } else {
      throw new IllegalArgumentException(
          "JSON value at "
              + path(depth)
              + " has type "
              + value.getClass().getName()
              + "; allowed are Map, List, arrays, String, Boolean, Double, Float, Long,"
              + " Integer and null");
    }
  }

  private static boolean isInteger(Object value) {
    return value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte;
  }

  /** A Float is written in float-shortest form, so 0.1f is written 0.1. */
  private void number(Number value, int depth) throws IOException {
    double wide = value.doubleValue();
    if (!Double.isFinite(wide)) {
      throw new IllegalArgumentException(
          "JSON number at " + path(depth) + " is " + value + "; JSON allows only finite numbers");
    }
    out.append(
        value instanceof Float ? Decimals.format(value.floatValue()) : Decimals.format(wide));
  }

  private void object(Map<?, ?> map, int depth) throws IOException {
    out.append('{');
    boolean first = true;
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!(entry.getKey() instanceof String)) {
        throw new IllegalArgumentException(
            "JSON object at "
                + path(depth)
                + " has key "
                + entry.getKey()
                + "; keys must be strings");
      }
      String key = (String) entry.getKey();
      out.append(first ? "" : ",");
      newline(depth + 1);
      string(key);
      out.append(pretty ? ": " : ":");
      keys[depth] = key;
      value(entry.getValue(), depth + 1);
      first = false;
    }
    if (!first) {
      newline(depth);
    }
    out.append('}');
  }

  /**
   * Writes an Object[] or primitive array. Arrays of scalars stay on one line even when pretty;
   * arrays holding containers put one element per line.
   */
  private void array(Object values, int depth) throws IOException {
    int length = Array.getLength(values);
    boolean multiline = false;
    if (values instanceof Object[]) {
      for (Object element : (Object[]) values) {
        multiline |=
            element instanceof Map
                || element instanceof Collection
                || (element != null && element.getClass().isArray());
      }
    }
    out.append('[');
    for (int i = 0; i < length; i++) {
      out.append(i == 0 ? "" : multiline || !pretty ? "," : ", ");
      if (multiline) {
        newline(depth + 1);
      }
      keys[depth] = null;
      indexes[depth] = i;
      value(Array.get(values, i), depth + 1);
    }
    if (multiline && length > 0) {
      newline(depth);
    }
    out.append(']');
  }

  /** The JSON path of the value at a depth, e.g. {@code $.layers[2].weights}, for messages. */
  private String path(int depth) {
    StringBuilder path = new StringBuilder("$");
    for (int d = 0; d < depth; d++) {
      if (keys[d] != null) {
        path.append('.').append(keys[d]);
      } else {
        path.append('[').append(indexes[d]).append(']');
      }
    }
    return path.toString();
  }

  private void newline(int depth) throws IOException {
    if (pretty) {
      out.append('\n');
      for (int i = 0; i < depth; i++) {
        out.append(INDENT);
      }
    }
  }

  /**
   * Writes a string literal: quote, backslash and control characters are escaped (short forms where
   * JSON has them, else \\u00XX), and so are unpaired surrogates, so that the output is always
   * valid UTF-8 text.
   */
  private void string(String text) throws IOException {
    out.append('"');
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || unpairedSurrogate(text, i)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static boolean unpairedSurrogate(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return false;
  }
}
