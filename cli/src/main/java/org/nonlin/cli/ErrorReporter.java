package org.nonlin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import org.nonlin.io.DataFormatException;
import org.nonlin.train.DivergenceException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one line on standard error, {@code nonlin: <what was wrong> (hint: <how
 * to fix it>)}, and an exit code: 2 for bad usage or input, 1 for anything else. The stack trace
 * follows only with {@code --debug}.
 */
final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {

  /** Exit code for success. */
  static final int OK = 0;

  /** Exit code for a failure that is not the user's input. */
  static final int FAILURE = 1;

  /** Exit code for bad usage or bad input. */
  static final int BAD_INPUT = 2;

  private final boolean debug;

  ErrorReporter(boolean debug) {
    this.debug = debug;
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    String name = cmd.getCommandSpec().qualifiedName();
    print(cmd.getErr(), ex.getMessage(), "see '" + name + " --help'", ex);
    return BAD_INPUT;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    String help = "see '" + cmd.getCommandSpec().qualifiedName() + " --help'";
    if (ex instanceof UserError user) {
      print(err, user.getMessage(), user.hint(), ex);
      return BAD_INPUT;
    }
    if (ex instanceof DataFormatException data) {
      print(err, data.getMessage(), null, ex);
      return BAD_INPUT;
    }
    if (ex instanceof NoSuchFileException missing) {
      print(err, "file not found: " + missing.getFile(), "check the path", ex);
      return BAD_INPUT;
    }
    if (ex instanceof AccessDeniedException denied) {
      print(err, "permission denied: " + denied.getFile(), "check the file's permissions", ex);
      return BAD_INPUT;
    }
    if (ex instanceof FileAlreadyExistsException exists) {
      print(err, "file exists: " + exists.getFile(), "choose another path", ex);
      return BAD_INPUT;
    }
    if (ex instanceof DivergenceException) {
      print(err, ex.getMessage(), null, ex);
      return FAILURE;
    }
    if (ex instanceof IllegalArgumentException) {
      print(err, ex.getMessage(), help, ex);
      return BAD_INPUT;
    }
    if (ex instanceof IOException) {
      print(err, "I/O error: " + ex.getMessage(), "check the paths and free disk space", ex);
      return FAILURE;
    }
    print(err, "internal error: " + ex, "rerun with --debug and report the stack trace", ex);
    return FAILURE;
  }

  private void print(PrintWriter err, String message, String hint, Throwable ex) {
    String line = "nonlin: " + message;
    if (hint != null && !hint.isEmpty()) {
      line += " (hint: " + hint + ")";
    }
    err.println(line);
    if (debug) {
      ex.printStackTrace(err);
    }
    err.flush();
  }
}
