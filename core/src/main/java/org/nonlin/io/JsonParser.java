package org.nonlin.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads strict JSON (RFC 8259) text; see {@link Json#parse(String)}. */
final class JsonParser {

  private final String text;
  private int pos;

  JsonParser(String text) {
    this.text = text;
  }

  Object parseDocument() {
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      pos = 1;
    }
    skipWhitespace();
    Object value = value(0);
    skipWhitespace();
    if (pos < text.length()) {
      throw error("expected the end of the text after the top-level value", null);
    }
    return value;
  }

  private Object value(int depth) {
    if (depth > Json.MAX_DEPTH) {
      throw error("values are nested deeper than " + Json.MAX_DEPTH, null);
    }
    if (pos >= text.length()) {
      throw error("expected a value", null);
    }
    char c = text.charAt(pos);
    switch (c) {
      case '{':
        return object(depth);
      case '[':
        return array(depth);
      case '"':
        return string();
      case 't':
        return literal("true", Boolean.TRUE);
      case 'f':
        return literal("false", Boolean.FALSE);
      case 'n':
        return literal("null", null);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw error("expected a value (object, array, string, number, true, false or null)", null);
    }
  }

  private Map<String, Object> object(int depth) {
    Map<String, Object> map = new LinkedHashMap<>();
    pos++;
    skipWhitespace();
    if (peek() == '}') {
      pos++;
      return map;
    }
    while (true) {
      if (peek() != '"') {
        throw error("expected '\"' starting an object key", null);
      }
      int keyAt = pos;
      String key = string();
      skipWhitespace();
      expect(':', "after the object key");
      skipWhitespace();
      Object value = value(depth + 1);
      if (map.containsKey(key)) {
        pos = keyAt;
        throw error("duplicate object key \"" + key + "\"", "each key may appear only once");
      }
      map.put(key, value);
      skipWhitespace();
      if (peek() == '}') {
        pos++;
        return map;
      }
      expect(',', "or '}' after an object member");
      skipWhitespace();
    }
  }

  private List<Object> array(int depth) {
    List<Object> list = new ArrayList<>();
    pos++;
    skipWhitespace();
    if (peek() == ']') {
      pos++;
      return list;
    }
    while (true) {
      list.add(value(depth + 1));
      skipWhitespace();
      if (peek() == ']') {
        pos++;
        return list;
      }
      expect(',', "or ']' after an array element");
      skipWhitespace();
    }
  }

  private String string() {
    pos++;
    StringBuilder out = null;
    int runStart = pos;
    while (true) {
      if (pos >= text.length()) {
        throw error("expected '\"' closing the string", null);
      }
      char c = text.charAt(pos);
      if (c == '"') {
        String tail = text.substring(runStart, pos++);
        return out == null ? tail : out.append(tail).toString();
      }
      if (c < 0x20) {
        throw error(
            "expected a character, not control character " + (int) c + " in a string",
            "write it as an escape such as \\n or \\u0009");
      }
      if (c == '\\') {
        out = out == null ? new StringBuilder() : out;
        out.append(text, runStart, pos);
        out.append(escape());
        runStart = pos;
      } else {
        pos++;
      }
    }
  }

  private char escape() {
    pos++;
    char c = peek();
    pos++;
    switch (c) {
      case '"':
        return '"';
      case '\\':
        return '\\';
      case '/':
        return '/';
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'u':
        return unicodeEscape();
      default:
        pos--;
        throw error(
            "expected an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u and four hex digits)",
            null);
    }
  }

  private char unicodeEscape() {
    int code = 0;
    for (int i = 0; i < 4; i++) {
      int digit = Character.digit(peek(), 16);
      if (digit < 0) {
        throw error("expected 4 hexadecimal digits after \\u", null);
      }
      code = code * 16 + digit;
      pos++;
    }
    return (char) code;
  }

  /** Integers that fit in a long become Long; every other number becomes Double. */
  private Object number() {
    int start = pos;
    boolean integer = true;
    if (peek() == '-') {
      pos++;
    }
    if (peek() == '0') {
      pos++;
      if (peek() >= '0' && peek() <= '9') {
        throw error("expected no digit after a leading 0", "JSON numbers have no leading zeros");
      }
    } else {
      digits("expected a digit");
    }
    if (peek() == '.') {
      pos++;
      integer = false;
      digits("expected a digit after the decimal point");
    }
    if (peek() == 'e' || peek() == 'E') {
      pos++;
      integer = false;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      digits("expected a digit in the exponent");
    }
    if (integer) {
      try {
        return Long.parseLong(text, start, pos, 10);
      } catch (NumberFormatException tooLarge) {
        // beyond the long range: read it as a double below
      }
    }
    double value = Decimals.parse(text, start, pos);
    if (Double.isInfinite(value)) {
      pos = start;
      throw error("expected a number within the double range", null);
    }
    return value;
  }

  private void digits(String expectation) {
    int start = pos;
    while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
      pos++;
    }
    if (pos == start) {
      throw error(expectation, null);
    }
  }

  private Object literal(String word, Object value) {
    if (!text.startsWith(word, pos)) {
      throw error("expected " + word, null);
    }
    pos += word.length();
    return value;
  }

  private void expect(char c, String context) {
    if (peek() != c) {
      throw error("expected '" + c + "' " + context, null);
    }
    pos++;
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private void skipWhitespace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  /** An error at the current position naming line, column and what was found there. */
  private DataFormatException error(String expectation, String hint) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < pos && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    String found = pos >= text.length() ? "the end of the text" : describe(text.charAt(pos));
    String value = pos >= text.length() ? null : String.valueOf(text.charAt(pos));
    return new DataFormatException(
        null,
        line,
        null,
        value,
        "column " + (pos - lineStart + 1) + ": " + expectation + " but found " + found,
        hint);
  }

  private static String describe(char c) {
    if (c < 0x20 || c == 0x7f) {
      return "control character " + (int) c;
    }
    return "'" + c + "'";
  }
}
