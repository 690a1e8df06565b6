package org.nonlin.data.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nonlin.io.DataFormatException;

class CsvRecordsTest {

  @TempDir Path dir;

  private List<String[]> records(String text, char separator, List<Long> lines) throws IOException {
    Path file = Files.writeString(dir.resolve("t.csv"), text);
    List<String[]> out = new ArrayList<>();
    try (CsvRecords records = CsvRecords.open(file, separator, "#|")) {
      while (records.next()) {
        out.add(records.copy());
        lines.add(records.line());
      }
    }
    return out;
  }

  @Test
  void next_quotedFields_separatorsQuotesAndLineBreaksInside() throws IOException {
    // given
    String text = "a, \"b, c\" ,\"say \"\"hi\"\"\"\n\"two\nlines\",x,\"\"\n";
    List<Long> lines = new ArrayList<>();

    // when
    List<String[]> rows = records(text, ',', lines);

    // then the second record starts on line 2 and spans line 3
    assertEquals(2, rows.size());
    assertArrayEquals(new String[] {"a", "b, c", "say \"hi\""}, rows.get(0));
    assertArrayEquals(new String[] {"two\nlines", "x", ""}, rows.get(1));
    assertEquals(List.of(1L, 2L), lines);
  }

  @Test
  void next_blankCommentAndBomLines_skippedWithPhysicalLineNumbers() throws IOException {
    // given a byte order mark, a comment, a blank line and a trailing blank line
    String text = "\uFEFF1,2\n# note\n\n|1x3 Cross validator\n 3 , 4 ,\r\n\n";
    List<Long> lines = new ArrayList<>();

    // when
    List<String[]> rows = records(text, ',', lines);

    // then the trailing separator makes an empty last field
    assertArrayEquals(new String[] {"1", "2"}, rows.get(0));
    assertArrayEquals(new String[] {"3", "4", ""}, rows.get(1));
    assertEquals(List.of(1L, 5L), lines);
  }

  @Test
  void next_tabSeparator_spacesTrimmedTabsSplit() throws IOException {
    // when
    List<String[]> rows = records(" a b \t\tc\n", '\t', new ArrayList<>());

    // then
    assertArrayEquals(new String[] {"a b", "", "c"}, rows.get(0));
  }

  @Test
  void isSkipped_separatorIsACommentCharacter_notAComment() throws IOException {
    // given '|' as separator, which is also a default comment character
    List<String[]> rows = records("|a|b\n", '|', new ArrayList<>());

    // then the line is a record whose first field is empty
    assertArrayEquals(new String[] {"", "a", "b"}, rows.get(0));
    assertTrue(CsvRecords.isSkipped("  # x", "#"));
    assertFalse(CsvRecords.isSkipped(" x", "#"));
  }

  @Test
  void next_unclosedQuote_errorNamesStartLineAndColumn() {
    // when
    DataFormatException e =
        assertThrows(
            DataFormatException.class,
            () -> records("a,b\nc,\"open\nmore\n", ',', new ArrayList<>()));

    // then
    assertEquals(2, e.line());
    assertTrue(
        e.getMessage().contains("the quoted field in column 2 is never closed"), e.getMessage());
  }

  @Test
  void next_textAfterClosingQuote_errorNamesCharacter() {
    // when
    DataFormatException e =
        assertThrows(
            DataFormatException.class, () -> records("\"a\"b,c\n", ',', new ArrayList<>()));

    // then
    assertTrue(
        e.getMessage().contains("unexpected 'b' after the closing quote of column 1"),
        e.getMessage());
  }
}
