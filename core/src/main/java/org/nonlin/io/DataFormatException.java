package org.nonlin.io;

import java.nio.file.Path;

/**
 * Bad content in a data or model file: a missing or empty file, a ragged row, a value that is not a
 * number, a corrupt header. It carries where the problem is (file, 1-based line, field), the
 * offending value, what is wrong and a hint telling the user how to fix it, so that a command line
 * can print it as one line: {@code file:line: problem; hint}.
 *
 * <p>Unchecked, because bad input is a user error that callers report rather than recover from.
 * Genuine input/output failures (a disk error, a permission problem) stay {@link
 * java.io.IOException}s.
 */
public final class DataFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The {@link #line()} of a problem that is not tied to one line (a header, a whole file). */
  public static final long NO_LINE = 0;

  private final transient Path file;
  private final long line;
  private final String field;
  private final String value;
  private final String problem;
  private final String hint;

  /**
   * A problem with a whole file or with input that has no file.
   *
   * @param file the file, or null when the input did not come from a file
   * @param problem what is wrong, e.g. {@code "file is empty"}
   * @param hint how to fix it, or null
   */
  public DataFormatException(Path file, String problem, String hint) {
    this(file, NO_LINE, null, null, problem, hint);
  }

  /**
   * A problem at one place in a file.
   *
   * @param file the file, or null when the input did not come from a file
   * @param line 1-based line (or row) number, or {@link #NO_LINE}
   * @param field the column or key that holds the bad value, or null
   * @param value the bad value as written, or null
   * @param problem what is wrong; it should already mention the field and value in words
   * @param hint how to fix it, or null
   */
  public DataFormatException(
      Path file, long line, String field, String value, String problem, String hint) {
    super(format(file, line, problem, hint));
    if (problem == null || problem.isEmpty()) {
      throw new IllegalArgumentException("a data format problem needs a description");
    }
    if (line < 0) {
      throw new IllegalArgumentException("line " + line + " must be >= 0");
    }
    this.file = file;
    this.line = line;
    this.field = field;
    this.value = value;
    this.problem = problem;
    this.hint = hint;
  }

  private static String format(Path file, long line, String problem, String hint) {
    StringBuilder text = new StringBuilder();
    if (file != null) {
      text.append(file);
    } else if (line != NO_LINE) {
      text.append("line");
    }
    if (line != NO_LINE) {
      text.append(file != null ? ":" : " ").append(line);
    }
    if (text.length() > 0) {
      text.append(": ");
    }
    text.append(problem);
    if (hint != null && !hint.isEmpty()) {
      text.append("; ").append(hint);
    }
    return text.toString();
  }

  /**
   * The same problem located in a file (and at a line when this one has none). Readers use it to
   * add the location to problems found by code that only sees values.
   */
  public DataFormatException at(Path newFile, long newLine) {
    DataFormatException located =
        new DataFormatException(
            newFile, line != NO_LINE ? line : newLine, field, value, problem, hint);
    located.initCause(getCause());
    located.setStackTrace(getStackTrace());
    return located;
  }

  /** Attaches the low-level exception that revealed the problem and returns this. */
  public DataFormatException causedBy(Throwable cause) {
    initCause(cause);
    return this;
  }

  /** The file that holds the problem, or null. */
  public Path file() {
    return file;
  }

  /** The 1-based line (or row) number of the problem, or {@link #NO_LINE}. */
  public long line() {
    return line;
  }

  /** The column or key that holds the bad value, or null. */
  public String field() {
    return field;
  }

  /** The bad value as written in the file, or null. */
  public String value() {
    return value;
  }

  /** What is wrong, without location or hint. */
  public String problem() {
    return problem;
  }

  /** How to fix it, or null. */
  public String hint() {
    return hint;
  }
}
