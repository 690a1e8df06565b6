package org.nonlin.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DataFormatExceptionTest {

  @Test
  void getMessage_fullLocation_fileLineProblemHint() {
    // given
    DataFormatException e =
        new DataFormatException(
            Path.of("adult.data"),
            17,
            "age",
            "abc",
            "column age: \"abc\" is not a number",
            "mark missing values with ?");

    // when
    String message = e.getMessage();

    // then
    assertEquals(
        "adult.data:17: column age: \"abc\" is not a number; mark missing values with ?", message);
    assertEquals("age", e.field());
    assertEquals("abc", e.value());
    assertEquals(17, e.line());
  }

  @Test
  void getMessage_partialLocations_omitMissingParts() {
    // when
    String fileOnly = new DataFormatException(Path.of("a.npy"), "truncated", null).getMessage();
    String lineOnly = new DataFormatException(null, 3, null, null, "bad", "fix").getMessage();
    String neither = new DataFormatException(null, "bad", "").getMessage();

    // then
    assertEquals("a.npy: truncated", fileOnly);
    assertEquals("line 3: bad; fix", lineOnly);
    assertEquals("bad", neither);
  }

  @Test
  void at_problemWithoutLocation_locatedKeepingDetailsAndCause() {
    // given
    IllegalStateException cause = new IllegalStateException("low level");
    DataFormatException e =
        new DataFormatException(null, 0, "label", ">60K", "label \">60K\" is unknown", "retrain")
            .causedBy(cause);

    // when
    DataFormatException located = e.at(Path.of("adult.test"), 5);

    // then
    assertEquals("adult.test:5: label \">60K\" is unknown; retrain", located.getMessage());
    assertEquals(">60K", located.value());
    assertSame(cause, located.getCause());
  }
}
