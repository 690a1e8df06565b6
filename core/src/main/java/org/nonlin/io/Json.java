package org.nonlin.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small JSON (RFC 8259) reader and writer over plain Java values, the base of the model file and
 * of the command line's {@code --json} output.
 *
 * <p>Values map as follows. Objects are {@code LinkedHashMap<String, Object>} (key order kept),
 * arrays {@code List<Object>}, strings {@code String}, {@code true}/{@code false} {@code Boolean},
 * {@code null} null. A number without fraction and exponent that fits in a long reads as {@code
 * Long}; every other number reads as {@code Double}. Writing accepts in addition any {@code Map}
 * with string keys, any {@code Collection}, object and primitive arrays, and Integer, Short, Byte
 * and Float. Doubles are written in the shortest form that reads back exactly ({@link
 * Decimals#format(double)}), always with a decimal point or exponent, so a Double reads back as a
 * Double and a Long as a Long; Floats (and float[] elements) are written in the shortest form that
 * reads back as the same float. NaN and infinities have no JSON form and are rejected.
 *
 * <p>Reading is strict: no comments, trailing commas, single quotes, leading zeros or duplicate
 * keys. Errors name the line, the column, what was expected and what was found.
 */
public final class Json {

  /** Deepest nesting of objects and arrays read or written; deeper input is rejected. */
  public static final int MAX_DEPTH = 512;

  private Json() {}

  /**
   * Reads one JSON value from text.
   *
   * @throws DataFormatException naming line, column and expectation when the text is not JSON
   */
  public static Object parse(String text) {
    return new JsonParser(text).parseDocument();
  }

  /**
   * Reads one JSON value from a UTF-8 file (a byte order mark is skipped).
   *
   * @throws DataFormatException naming the file, line and column when it is not JSON or not UTF-8
   * @throws IOException when the file cannot be read
   */
  public static Object parse(Path file) throws IOException {
    InputFiles.requireFile(file);
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
              .toString();
    } catch (CharacterCodingException e) {
      throw new DataFormatException(file, "file is not UTF-8 text", "save it as UTF-8").causedBy(e);
    }
    if (text.isBlank()) {
      throw new DataFormatException(file, "file is empty", "expected a JSON value");
    }
    try {
      return parse(text);
    } catch (DataFormatException e) {
      throw e.at(file, e.line());
    }
  }

  /**
   * Writes a value as compact JSON (no spaces or line breaks).
   *
   * @throws IllegalArgumentException naming the JSON path (e.g. {@code $.layers[2].bias}) of a NaN
   *     or infinite number, a non-string key or a value of another type
   */
  public static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out, false);
    return out.toString();
  }

  /**
   * Writes a value as indented JSON (two spaces per level, one member per line, arrays of numbers
   * and strings on one line), ending with a line break.
   *
   * @throws IllegalArgumentException as {@link #write(Object)}
   */
  public static String writePretty(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out, true);
    return out.toString();
  }

  /**
   * Writes a value as JSON to {@code out} (modified), compact or indented.
   *
   * @throws IllegalArgumentException as {@link #write(Object)}
   * @throws java.io.UncheckedIOException when {@code out} fails
   */
  public static void write(Object value, Appendable out, boolean pretty) {
    new JsonWriter(out, pretty).write(value);
  }
}
