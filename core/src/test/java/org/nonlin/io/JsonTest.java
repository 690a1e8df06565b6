package org.nonlin.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonTest {

  @TempDir Path dir;

  @Test
  void write_nestedValues_compactTextInKeyOrder() {
    // given
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("name", "xor");
    value.put("sizes", List.of(2, 3, 1));
    value.put("rate", 0.5);
    value.put("bias", new float[] {0.1f, -2f});
    value.put("seed", 7L);
    value.put("ok", true);
    value.put("none", null);

    // when
    String text = Json.write(value);

    // then
    assertEquals(
        "{\"name\":\"xor\",\"sizes\":[2,3,1],\"rate\":0.5,\"bias\":[0.1,-2.0],\"seed\":7,"
            + "\"ok\":true,\"none\":null}",
        text);
  }

  @Test
  void writePretty_nestedValues_indentedWithScalarArraysOnOneLine() {
    // given
    Map<String, Object> layer = new LinkedHashMap<>();
    layer.put("w", new double[] {1.5, 2});
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("layers", List.of(layer, Map.of()));
    value.put("empty", List.of());

    // when
    String text = Json.writePretty(value);

    // then
    String expected =
        "{\n"
            + "  \"layers\": [\n"
            + "    {\n"
            + "      \"w\": [1.5, 2.0]\n"
            + "    },\n"
            + "    {}\n"
            + "  ],\n"
            + "  \"empty\": []\n"
            + "}\n";
    assertEquals(expected, text);
  }

  @Test
  void parse_writtenValue_sameValueBack() {
    // given a value with every JSON type, in the types parse returns
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("pi", Math.PI);
    inner.put("tiny", Double.MIN_VALUE);
    inner.put("whole", 100.0);
    inner.put("negativeZero", -0.0);
    inner.put("big", Long.MAX_VALUE);
    inner.put("small", Long.MIN_VALUE);
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("inner", inner);
    value.put("list", new ArrayList<>(Arrays.asList("a", null, false, 1L, List.of())));
    value.put("text", "quote \" slash \\ tab \t newline \n bell \u0007 e\u0301 \uD83D\uDE00");

    // when
    Object back = Json.parse(Json.write(value));
    Object prettyBack = Json.parse(Json.writePretty(value));

    // then
    assertEquals(value, back);
    assertEquals(value, prettyBack);
    assertInstanceOf(Double.class, ((Map<?, ?>) ((Map<?, ?>) back).get("inner")).get("whole"));
  }

  @Test
  void write_specialCharacters_escaped() {
    // given control characters, a quote and an unpaired surrogate
    String text = "\"\\\b\f\n\r\t\u0001/\uD800x";

    // when
    String json = Json.write(text);

    // then short escapes where JSON has them, \\u00XX otherwise; '/' stays as it is
    assertEquals("\"\\\"\\\\\\b\\f\\n\\r\\t\\u0001/\\ud800x\"", json);
    assertEquals(text, Json.parse(json));
  }

  @Test
  void parse_escapes_decoded() {
    // given
    String json = "\"\\u00e9\\/\\uD83D\\uDE00\\n\"";

    // when
    Object value = Json.parse(json);

    // then
    assertEquals("\u00e9/\uD83D\uDE00\n", value);
  }

  @Test
  void parse_numbers_longWhenIntegerElseDouble() {
    // when
    Object integer = Json.parse("-42");
    Object real = Json.parse("4.2e1");
    Object huge = Json.parse("123456789012345678901234567890");
    Object edge = Json.parse("9223372036854775807");

    // then
    assertEquals(-42L, integer);
    assertEquals(42.0, real);
    assertEquals(1.2345678901234568E29, huge);
    assertEquals(Long.MAX_VALUE, edge);
  }

  @Test
  void parse_literalsAndWhitespace_values() {
    // when
    Object value = Json.parse(" \uFEFF\n\t[ true , false , null ]\r\n".substring(1));

    // then
    List<Object> expected = new ArrayList<>(Arrays.asList(true, false, null));
    assertEquals(expected, value);
    assertNull(Json.parse("null"));
  }

  @Test
  void write_nonFiniteNumber_rejectedNamingPath() {
    // given
    Map<String, Object> value =
        Map.of("layers", List.of(Map.of("bias", new double[] {0, Double.NaN})));

    // when
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Json.write(value));

    // then
    assertTrue(e.getMessage().contains("$.layers[0].bias[1] is NaN"), e.getMessage());
  }

  @Test
  void write_unsupportedValues_rejectedNamingPathAndType() {
    // given
    Map<Object, Object> badKey = Map.of(1, "x");
    Map<String, Object> badType = Map.of("when", new StringBuilder("now"));
    List<Object> cycle = new ArrayList<>();
    cycle.add(cycle);

    // when
    IllegalArgumentException key =
        assertThrows(IllegalArgumentException.class, () -> Json.write(badKey));
    IllegalArgumentException type =
        assertThrows(IllegalArgumentException.class, () -> Json.write(badType));
    IllegalArgumentException deep =
        assertThrows(IllegalArgumentException.class, () -> Json.write(cycle));

    // then
    assertTrue(key.getMessage().contains("keys must be strings"), key.getMessage());
    assertTrue(
        type.getMessage().contains("$.when has type java.lang.StringBuilder"), type.getMessage());
    assertTrue(deep.getMessage().contains("nested deeper than 512"), deep.getMessage());
  }

  @Test
  void parse_trailingComma_errorNamesLineColumnAndExpectation() {
    // given a trailing comma on the second line
    String text = "{\"a\": 1,\n  }";

    // when
    DataFormatException e = assertThrows(DataFormatException.class, () -> Json.parse(text));

    // then line 2, column 3 is the '}'
    assertEquals(2, e.line());
    assertEquals(
        "line 2: column 3: expected '\"' starting an object key but found '}'", e.getMessage());
  }

  @Test
  void parse_malformedTexts_errorsSayWhatWasExpected() {
    // given malformed texts and a phrase each message must contain
    String[][] cases = {
      {"", "expected a value but found the end of the text"},
      {"[1 2]", "expected ',' or ']' after an array element but found '2'"},
      {"[1,]", "expected a value"},
      {"01", "leading 0"},
      {"1.", "expected a digit after the decimal point"},
      {"-", "expected a digit"},
      {"1e400", "within the double range"},
      {"\"abc", "expected '\"' closing the string but found the end"},
      {"\"a\\x\"", "expected an escape"},
      {"\"\\u12g4\"", "4 hexadecimal digits"},
      {"\"a\tb\"", "control character 9"},
      {"{\"a\":1,\"a\":2}", "duplicate object key \"a\""},
      {"{\"a\" 1}", "expected ':' after the object key"},
      {"tru", "expected true"},
      {"NaN", "expected a value (object"},
      {"[1] x", "expected the end of the text"},
      {"[".repeat(600), "nested deeper than 512"},
    };

    for (String[] testCase : cases) {
      // when
      DataFormatException e =
          assertThrows(DataFormatException.class, () -> Json.parse(testCase[0]), testCase[0]);

      // then
      assertTrue(e.getMessage().contains(testCase[1]), testCase[0] + " -> " + e.getMessage());
    }
  }

  @Test
  void parseFile_badContent_errorNamesFile() throws IOException {
    // given
    Path file = dir.resolve("model.json");
    Files.writeString(file, "{\n\"a\": [1,\n 2,,3]}");

    // when
    DataFormatException e = assertThrows(DataFormatException.class, () -> Json.parse(file));

    // then
    assertEquals(file, e.file());
    assertTrue(e.getMessage().startsWith(file + ":3: column 4: expected a value"), e.getMessage());
  }

  @Test
  void parseFile_missingOrEmpty_clearErrors() throws IOException {
    // given
    Path missing = dir.resolve("none.json");
    Path empty = Files.writeString(dir.resolve("empty.json"), " \n");
    Path binary = Files.write(dir.resolve("bin.json"), new byte[] {(byte) 0xff, (byte) 0xfe});

    // when
    DataFormatException e1 = assertThrows(DataFormatException.class, () -> Json.parse(missing));
    DataFormatException e2 = assertThrows(DataFormatException.class, () -> Json.parse(empty));
    DataFormatException e3 = assertThrows(DataFormatException.class, () -> Json.parse(binary));

    // then
    assertEquals(missing + ": file not found; check the path", e1.getMessage());
    assertTrue(e2.getMessage().contains("file is empty"), e2.getMessage());
    assertTrue(e3.getMessage().contains("not UTF-8"), e3.getMessage());
  }

  @Test
  void parseFile_writtenPretty_readsBack() throws IOException {
    // given
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("weights", List.of(List.of(0.25, -1.0), List.of(3.0E-8, 12.0)));
    Path file = dir.resolve("w.json");
    AtomicFiles.writeString(file, Json.writePretty(value));

    // when
    Object back = Json.parse(file);

    // then
    assertEquals(value, back);
  }
}
