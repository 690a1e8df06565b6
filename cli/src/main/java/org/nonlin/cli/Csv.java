package org.nonlin.cli;

/** Small helpers for writing CSV fields. */
final class Csv {

  private Csv() {}

  /** {@code text} as a CSV field: quoted (with doubled quotes) when it holds , " or a newline. */
  static String quote(String text) {
    if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}
