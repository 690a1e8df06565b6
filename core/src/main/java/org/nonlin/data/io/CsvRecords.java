package org.nonlin.data.io;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.nonlin.io.DataFormatException;
import org.nonlin.io.InputFiles;

/**
 * Splits CSV text into records, one at a time, reusing one field array.
 *
 * <p>Rules: fields are separated by one separator character; blanks (spaces, and tabs unless tab is
 * the separator) around a field are trimmed; a field that starts with {@code "} is quoted: it ends
 * at the next lone {@code "}, {@code ""} inside it is one quote, and it may hold separators and
 * line breaks. Blank lines and lines whose first non-blank character is a comment character are
 * skipped. A UTF-8 byte order mark is skipped. Line numbers are physical lines, 1-based; a record's
 * line is the one it starts on.
 */
final class CsvRecords implements Closeable {

  private final BufferedReader reader;
  private final char separator;
  private final String commentPrefixes;
  private final Path file;
  private final StringBuilder quoted = new StringBuilder();
  private String[] fields = new String[16];
  private int count;
  private long lineNumber;
  private long recordLine;
  private String line;
  private int pos;

  private CsvRecords(BufferedReader reader, char separator, String commentPrefixes, Path file) {
    this.reader = reader;
    this.separator = separator;
    this.commentPrefixes = commentPrefixes.replace(String.valueOf(separator), "");
    this.file = file;
  }

  /** Opens a file (gzip-compressed or not) as UTF-8 text. */
  static CsvRecords open(Path file, char separator, String commentPrefixes) throws IOException {
    BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(InputFiles.open(file), StandardCharsets.UTF_8), 1 << 16);
    return new CsvRecords(reader, separator, commentPrefixes, file);
  }

  /** True when a line holds no record: blank, or a comment. */
  static boolean isSkipped(String line, String commentPrefixes) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c != ' ' && c != '\t' && c != '\uFEFF') {
        return commentPrefixes.indexOf(c) >= 0;
      }
    }
    return true;
  }

  /** Advances to the next record; false at the end of the file. */
  boolean next() throws IOException {
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      if (lineNumber == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (!isSkipped(line, commentPrefixes)) {
        recordLine = lineNumber;
        parseRecord();
        return true;
      }
    }
    return false;
  }

  /** Number of fields of the current record. */
  int size() {
    return count;
  }

  /** A field of the current record, trimmed (quoted fields as written between the quotes). */
  String field(int i) {
    return fields[i];
  }

  /** The fields of the current record; the array is reused by {@link #next()}. */
  String[] fields() {
    return fields;
  }

  /** A copy of the fields of the current record. */
  String[] copy() {
    return Arrays.copyOf(fields, count);
  }

  /** The 1-based line on which the current record starts. */
  long line() {
    return recordLine;
  }

  private void parseRecord() throws IOException {
    count = 0;
    pos = 0;
    while (true) {
      skipBlanks();
      String field = pos < line.length() && line.charAt(pos) == '"' ? quotedField() : plainField();
      if (count == fields.length) {
        fields = Arrays.copyOf(fields, count * 2);
      }
      fields[count++] = field;
      if (pos >= line.length()) {
        return;
      }
      pos++; // the separator
    }
  }

  private String plainField() {
    int end = line.indexOf(separator, pos);
    if (end < 0) {
      end = line.length();
    }
    int last = end;
    while (last > pos && isBlank(line.charAt(last - 1))) {
      last--;
    }
    String field = line.substring(pos, last);
    pos = end;
    return field;
  }

  private String quotedField() throws IOException {
    quoted.setLength(0);
    pos++;
    while (true) {
      int quote = line.indexOf('"', pos);
      if (quote < 0) {
        quoted.append(line, pos, line.length()).append('\n');
        line = reader.readLine();
        if (line == null) {
          throw new DataFormatException(
              file,
              recordLine,
              "column " + (count + 1),
              null,
              "the quoted field in column " + (count + 1) + " is never closed",
              "close it with \" or double the quotes inside it (\"\")");
        }
        lineNumber++;
        pos = 0;
      } else if (quote + 1 < line.length() && line.charAt(quote + 1) == '"') {
        quoted.append(line, pos, quote + 1);
        pos = quote + 2;
      } else {
        quoted.append(line, pos, quote);
        pos = quote + 1;
        break;
      }
    }
    skipBlanks();
    if (pos < line.length() && line.charAt(pos) != separator) {
      throw new DataFormatException(
          file,
          lineNumber,
          "column " + (count + 1),
          String.valueOf(line.charAt(pos)),
          "unexpected '" + line.charAt(pos) + "' after the closing quote of column " + (count + 1),
          "quote the whole field and double the quotes inside it (\"\")");
    }
    return quoted.toString();
  }

  private void skipBlanks() {
    while (pos < line.length() && isBlank(line.charAt(pos))) {
      pos++;
    }
  }

  private boolean isBlank(char c) {
    return (c == ' ' || c == '\t') && c != separator;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
