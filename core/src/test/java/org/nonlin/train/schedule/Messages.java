package org.nonlin.train.schedule;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks on exception messages shared by this package's tests. */
final class Messages {

  private Messages() {}

  /** Fails unless the message of {@code error} contains every one of {@code parts}. */
  static void assertMentions(Throwable error, String... parts) {
    for (String part : parts) {
      assertTrue(
          error.getMessage().contains(part),
          () -> "message '" + error.getMessage() + "' should mention '" + part + "'");
    }
  }
}
