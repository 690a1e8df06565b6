package org.nonlin.data.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nonlin.io.DataFormatException;

class TableEncodingTest {

  /** age (numeric, mean 40), sex (Female/Male, mode Male), id (ignored), income (label). */
  private static final TableEncoding ENCODING =
      new TableEncoding(
          List.of(
              ColumnEncoding.numeric("age", 40),
              ColumnEncoding.categorical("sex", List.of("Female", "Male"), 1),
              ColumnEncoding.of("id", ColumnKind.IGNORED),
              ColumnEncoding.of("income", ColumnKind.LABEL)),
          CsvOptions.Target.CLASSIFICATION,
          List.of("<=50K", ">50K"),
          Set.of("?"),
          true);

  @Test
  void encodeFeatures_rowsWithAndWithoutLabel_sameFeatures() {
    // given
    float[] withLabel = new float[3];
    float[] withoutLabel = new float[3];

    // when
    int imputed = ENCODING.encodeFeatures(new String[] {"30", "?", "x7", ">50K."}, withLabel, 0);
    ENCODING.encodeFeatures(new String[] {"30", "?", "x7"}, withoutLabel, 0);

    // then sex is missing: imputed with the mode Male = [0, 1]
    assertArrayEquals(new float[] {30, 0, 1}, withLabel);
    assertArrayEquals(withLabel, withoutLabel);
    assertEquals(1, imputed);
    assertEquals(List.of("age", "sex=Female", "sex=Male"), ENCODING.featureNames());
    assertEquals(1, ENCODING.classIndex(">50K."));
    assertTrue(ENCODING.hasMissingFeature(new String[] {"30", "?", "x7"}));
    assertFalse(ENCODING.hasMissingFeature(new String[] {"30", "Male", "?", "?"}));
  }

  @Test
  void encodeFeatures_badRows_errorsNameColumnAndValue() {
    // when
    DataFormatException count =
        assertThrows(
            DataFormatException.class,
            () -> ENCODING.encodeFeatures(new String[] {"30", "Male"}, new float[3], 0));
    DataFormatException text =
        assertThrows(
            DataFormatException.class,
            () -> ENCODING.encodeFeatures(new String[] {"old", "Male", "1"}, new float[3], 0));

    // then
    assertEquals(
        "row has 2 fields but the table has 4 columns [age, sex, id, income]; every row needs"
            + " one field per column (the label column may be left out to predict)",
        count.getMessage());
    assertEquals("age", text.field());
    assertEquals("old", text.value());
  }

  @Test
  void constructor_inconsistentColumns_rejectedWithReason() {
    // given
    ColumnEncoding x = ColumnEncoding.numeric("x", 0);
    ColumnEncoding label = ColumnEncoding.of("y", ColumnKind.LABEL);
    List<String> classes = List.of("a", "b");
    CsvOptions.Target classification = CsvOptions.Target.CLASSIFICATION;

    // when
    String twoLabels =
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    new TableEncoding(
                        List.of(x, label, label), classification, classes, Set.of(), true))
            .getMessage();
    String noFeatures =
        assertThrows(
                IllegalArgumentException.class,
                () -> new TableEncoding(List.of(label), classification, classes, Set.of(), true))
            .getMessage();
    String oneClass =
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    new TableEncoding(
                        List.of(x, label), classification, List.of("a"), Set.of(), true))
            .getMessage();
    String unsorted =
        assertThrows(
                IllegalArgumentException.class,
                () -> ColumnEncoding.categorical("c", List.of("b", "a"), 0))
            .getMessage();

    // then
    assertEquals("columns 1 and 2 are both labels; a table has one label column", twoLabels);
    assertTrue(noFeatures.startsWith("no column gives features"), noFeatures);
    assertTrue(oneClass.contains("must be at least 2 distinct names"), oneClass);
    assertEquals("column 'c' categories [b, a] must be sorted and distinct", unsorted);
  }

  @Test
  void fromMap_badMaps_errorsNameTheProblem() {
    // given the encoding's map with one thing changed at a time
    Map<String, Object> future = new LinkedHashMap<>(ENCODING.toMap());
    future.put("version", 2L);
    Map<String, Object> clustering = new LinkedHashMap<>(ENCODING.toMap());
    clustering.put("target", "clustering");
    Map<String, Object> dated = new LinkedHashMap<>(ENCODING.toMap());
    dated.put("columns", List.of(Map.of("name", "when", "kind", "date")));

    // when
    String v =
        assertThrows(DataFormatException.class, () -> TableEncoding.fromMap(future)).getMessage();
    String t =
        assertThrows(DataFormatException.class, () -> TableEncoding.fromMap(clustering))
            .getMessage();
    DataFormatException k =
        assertThrows(DataFormatException.class, () -> TableEncoding.fromMap(dated));

    // then
    assertTrue(v.startsWith("table encoding version 2 is not supported"), v);
    assertTrue(t.contains("\"clustering\" must be \"classification\" or \"regression\""), t);
    assertEquals("when", k.field());
    assertTrue(
        k.getMessage().contains("column kind \"date\" must be numeric, categorical"),
        k.getMessage());
    assertEquals(ENCODING, TableEncoding.fromMap(ENCODING.toMap()));
  }

  @Test
  void targetValue_regressionLabels_numbersOrError() {
    // given
    TableEncoding regression =
        new TableEncoding(
            List.of(ColumnEncoding.numeric("x", 0), ColumnEncoding.of("y", ColumnKind.LABEL)),
            CsvOptions.Target.REGRESSION,
            List.of(),
            Set.of(),
            true);

    // when
    float value = regression.targetValue("2.5.");
    DataFormatException e =
        assertThrows(DataFormatException.class, () -> regression.targetValue("high"));

    // then
    assertEquals(2.5f, value);
    assertTrue(
        e.getMessage().startsWith("target column 'y' holds 'high', not a number"), e.getMessage());
  }
}
