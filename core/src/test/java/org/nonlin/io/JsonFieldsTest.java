package org.nonlin.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonFieldsTest {

  private final Map<String, Object> object =
      JsonFields.asObject(
          Json.parse(
              "{\"name\": \"net\", \"epochs\": 30, \"rate\": 0.1, \"shuffle\": true,"
                  + " \"w\": [0.5, 1, -2e3], \"classes\": [\"a\", \"b\"], \"sizes\": [2, 3],"
                  + " \"inner\": {\"k\": 1}, \"huge\": [1e300]}"),
          "a test object");

  @Test
  void typedReads_wellTypedMembers_values() {
    // when / then
    assertEquals("net", JsonFields.string(object, "name"));
    assertEquals(30, JsonFields.integer(object, "epochs"));
    assertEquals(0.1, JsonFields.number(object, "rate"));
    assertEquals(30.0, JsonFields.number(object, "epochs"));
    assertEquals(true, JsonFields.bool(object, "shuffle"));
    assertArrayEquals(new double[] {0.5, 1, -2000}, JsonFields.doubles(object, "w"));
    assertArrayEquals(new float[] {0.5f, 1f, -2000f}, JsonFields.floats(object, "w"));
    assertArrayEquals(new int[] {2, 3}, JsonFields.ints(object, "sizes"));
    assertEquals(List.of("a", "b"), JsonFields.strings(object, "classes"));
    assertEquals(Map.of("k", 1L), JsonFields.object(object, "inner"));
    assertEquals(3, JsonFields.list(object, "w").size());
  }

  @Test
  void typedReads_missingKey_errorNamesKeyAndPresentKeys() {
    // when
    DataFormatException e =
        assertThrows(DataFormatException.class, () -> JsonFields.string(object, "version"));

    // then
    assertEquals("version", e.field());
    assertTrue(
        e.getMessage().startsWith("key \"version\" is missing; present are [name,"),
        e.getMessage());
  }

  @Test
  void typedReads_wrongTypes_errorSaysWhatWasFoundAndExpected() {
    // when
    DataFormatException text =
        assertThrows(DataFormatException.class, () -> JsonFields.number(object, "name"));
    DataFormatException real =
        assertThrows(DataFormatException.class, () -> JsonFields.integer(object, "rate"));
    DataFormatException list =
        assertThrows(DataFormatException.class, () -> JsonFields.strings(object, "sizes"));
    DataFormatException floats =
        assertThrows(DataFormatException.class, () -> JsonFields.floats(object, "huge"));
    DataFormatException notObject =
        assertThrows(DataFormatException.class, () -> JsonFields.asObject(List.of(), "a model"));

    // then
    assertEquals(
        "key \"name\" holds the string \"net\" but a number is expected", text.getMessage());
    assertEquals(
        "key \"rate\" holds the number 0.1 but a whole number within the int range is"
            + " expected",
        real.getMessage());
    assertTrue(list.getMessage().contains("a list of strings is expected"), list.getMessage());
    assertTrue(floats.getMessage().contains("within the float range"), floats.getMessage());
    assertEquals("a model must be a JSON object, got a list", notObject.getMessage());
  }
}
