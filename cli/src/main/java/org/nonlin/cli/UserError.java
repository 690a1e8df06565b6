package org.nonlin.cli;

/** A problem with what the user asked for or gave: printed as one line with a hint, exit code 2. */
final class UserError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String hint;

  UserError(String message, String hint) {
    super(message);
    this.hint = hint;
  }

  UserError(String message, String hint, Throwable cause) {
    super(message, cause);
    this.hint = hint;
  }

  String hint() {
    return hint;
  }
}
