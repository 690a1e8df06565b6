package org.nonlin.data.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nonlin.data.Dataset;
import org.nonlin.io.DataFormatException;
import org.nonlin.io.Json;
import org.nonlin.io.JsonFields;

class CsvReaderTest {

  @TempDir Path dir;

  /** A header, a numeric and a categorical feature, a label, a missing value in each feature. */
  private static final String[] SMALL = {"x,color,y", "1,red,a", "2,blue,b", "?,red,a", "4,?,b"};

  private Path csv(String name, String... lines) throws IOException {
    return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
  }

  private static float[] row(Dataset data, int row) {
    float[] values = new float[data.cols()];
    data.gatherFeatures(new int[] {row}, 0, 1, values);
    return values;
  }

  @Test
  void read_mixedTableWithMissing_imputedMeanAndModeOneHotSorted() throws IOException {
    // given
    Path file = csv("small.csv", SMALL);

    // when
    CsvTable table = new CsvReader(CsvOptions.DEFAULTS).read(file);

    // then the mean of x is (1 + 2 + 4) / 3 = 7/3; red occurs twice, blue once: mode red;
    // categories sorted [blue, red]; classes sorted [a, b]
    Dataset data = table.dataset();
    assertEquals(List.of("x", "color=blue", "color=red"), data.featureNames());
    assertEquals(List.of("a", "b"), data.classNames());
    assertArrayEquals(new float[] {1, 0, 1}, row(data, 0));
    assertArrayEquals(new float[] {2, 1, 0}, row(data, 1));
    assertArrayEquals(new float[] {7f / 3f, 0, 1}, row(data, 2));
    assertArrayEquals(new float[] {4, 0, 1}, row(data, 3));
    assertArrayEquals(new int[] {0, 1, 0, 1}, data.labels());
    assertEquals(4, table.sourceRows());
    assertEquals(0, table.droppedRows());
    assertEquals(2, table.imputedValues());
  }

  @Test
  void read_dropRows_incompleteRowsLeftOutOfDataAndStatistics() throws IOException {
    // given
    Path file = csv("small.csv", SMALL);
    CsvOptions options = CsvOptions.builder().missing(CsvOptions.Missing.DROP_ROWS).build();

    // when
    CsvTable table = new CsvReader(options).read(file);

    // then only rows 1 and 2 remain; the mean of x is (1 + 2) / 2 = 1.5; blue and red tie once
    // each, so the mode is the first in sorted order, blue
    assertEquals(2, table.dataset().rows());
    assertEquals(2, table.droppedRows());
    ColumnEncoding x = table.encoding().columns().get(0);
    ColumnEncoding color = table.encoding().columns().get(1);
    assertEquals(1.5, x.mean());
    assertEquals("blue", color.categories().get(color.mode()));
  }

  @Test
  void read_semicolonsWithoutHeader_detectedAndNamed() throws IOException {
    // given numbers only, so the first row is data; the commas are decimal commas, not separators
    Path file = csv("semi.csv", "1,5;2;0", "3,5;4;1", "5,5;6;0");

    // when
    CsvTable table = new CsvReader(CsvOptions.DEFAULTS).read(file);

    // then "1,5" is not a number: column 1 is categorical
    assertEquals(3, table.dataset().rows());
    assertEquals(List.of("col1", "col2", "col3"), table.encoding().columnNames());
    assertEquals(
        List.of("col1=1,5", "col1=3,5", "col1=5,5", "col2"), table.dataset().featureNames());
    assertEquals(List.of("0", "1"), table.dataset().classNames());
  }

  @Test
  void read_headerAutoRule_firstRowTextOverMostlyNumbers() throws IOException {
    // given a numeric column under a text first row (header), and a table without numbers
    Path numbers = csv("n.csv", "x;y", "1;a", "oops;b", "3;a");
    Path texts = csv("t.csv", "x;y", "u;a", "v;b");

    // when
    CsvTable withHeader = new CsvReader(CsvOptions.DEFAULTS).read(numbers);
    CsvTable without = new CsvReader(CsvOptions.DEFAULTS).read(texts);

    // then 2 of the 3 values below "x" are numbers, a majority; the text table has no numbers
    assertEquals(List.of("x", "y"), withHeader.encoding().columnNames());
    assertEquals(3, withHeader.dataset().rows());
    assertEquals(3, without.dataset().rows());
  }

  @Test
  void read_tabsAndNumericLabels_labelsSortedNumerically() throws IOException {
    // given labels 10, 9 and 2: numeric order 2 < 9 < 10, text order would be "10" < "2" < "9"
    Path file = csv("t.tsv", "a\tlabel", "0.5\t10", "1.5\t9", "2.5\t2");

    // when
    Dataset data = new CsvReader(CsvOptions.DEFAULTS).read(file).dataset();

    // then
    assertEquals(List.of("2", "9", "10"), data.classNames());
    assertArrayEquals(new int[] {2, 1, 0}, data.labels());
  }

  @Test
  void read_labelByNameWithTrailingDots_dotStrippedUnlessTurnedOff() throws IOException {
    // given the label in the first column, as "yes." and "yes"
    Path file = csv("dots.csv", "answer,v", "yes.,1", "yes,2", "no.,3");
    CsvOptions options = CsvOptions.builder().label(ColumnRef.named("answer")).build();

    // when
    Dataset stripped = new CsvReader(options).read(file).dataset();
    Dataset kept =
        new CsvReader(options.toBuilder().stripLabelDot(false).build()).read(file).dataset();

    // then
    assertEquals(List.of("no", "yes"), stripped.classNames());
    assertArrayEquals(new int[] {1, 1, 0}, stripped.labels());
    assertEquals(List.of("no.", "yes", "yes."), kept.classNames());
    assertEquals(List.of("v"), stripped.featureNames());
  }

  @Test
  void read_declaredKinds_codesCategoricalAndColumnIgnored() throws IOException {
    // given a numeric-looking code and an identifier column
    Path file = csv("k.csv", "id,zip,age,y", "a1,75001,30,n", "a2,10115,40,y", "a3,75001,50,n");
    CsvOptions options =
        CsvOptions.builder()
            .columnKind(ColumnRef.named("zip"), ColumnKind.CATEGORICAL)
            .columnKind(ColumnRef.at(0), ColumnKind.IGNORED)
            .build();

    // when
    Dataset data = new CsvReader(options).read(file).dataset();

    // then
    assertEquals(List.of("zip=10115", "zip=75001", "age"), data.featureNames());
    assertArrayEquals(new float[] {1, 0, 40}, row(data, 1));
  }

  @Test
  void read_regression_numericTargets() throws IOException {
    // given
    Path file = csv("r.csv", "x,y", "1,0.5", "2,1.5.", "3,-2");
    CsvOptions options = CsvOptions.builder().target(CsvOptions.Target.REGRESSION).build();

    // when
    Dataset data = new CsvReader(options).read(file).dataset();

    // then the trailing dot of "1.5." is stripped as for class labels
    assertEquals(1, data.outputWidth());
    assertArrayEquals(new float[] {0.5f, 1.5f, -2f}, data.targetArray());
  }

  @Test
  void readWithEncoding_testTable_sameWidthUnseenCategoryZerosUnseenLabelError()
      throws IOException {
    // given an encoding fitted on the small table
    TableEncoding encoding =
        new CsvReader(CsvOptions.DEFAULTS).read(csv("s.csv", SMALL)).encoding();
    Path test = csv("test.csv", "x,color,y", "3,green,b", "5,blue,a.");
    Path unseen = csv("unseen.csv", "x,color,y", "3,red,a", "5,blue,c");

    // when
    CsvTable table = new CsvReader(CsvOptions.DEFAULTS).read(test, encoding);
    DataFormatException e =
        assertThrows(
            DataFormatException.class,
            () -> new CsvReader(CsvOptions.DEFAULTS).read(unseen, encoding));

    // then green was not seen in training: both one-hot features are 0
    assertEquals(3, table.dataset().cols());
    assertArrayEquals(new float[] {3, 0, 0}, row(table.dataset(), 0));
    assertArrayEquals(new int[] {1, 0}, table.dataset().labels());
    assertEquals(
        unseen
            + ":3: label 'c' was not seen in training; the classes are [a, b];"
            + " evaluate on data with the training classes, or train again with this class",
        e.getMessage());
  }

  @Test
  void readWithEncoding_otherColumns_errorsNameThem() throws IOException {
    // given
    TableEncoding encoding =
        new CsvReader(CsvOptions.DEFAULTS).read(csv("s.csv", SMALL)).encoding();
    Path fewer = csv("fewer.csv", "x,y", "1,a", "2,b");
    Path renamed = csv("renamed.csv", "x,colour,y", "1,red,a", "2,blue,b");
    CsvReader reader = new CsvReader(CsvOptions.DEFAULTS);

    // when
    String count =
        assertThrows(DataFormatException.class, () -> reader.read(fewer, encoding)).getMessage();
    String name =
        assertThrows(DataFormatException.class, () -> reader.read(renamed, encoding)).getMessage();

    // then
    assertTrue(
        count.contains("has 2 columns but the encoding was fitted on 3 columns [x, color, y]"),
        count);
    assertTrue(name.contains("column 2 is 'colour' but the encoding expects 'color' there"), name);
  }

  @Test
  void readFeatures_tableWithoutLabelColumn_everyRowImputedInOrder() throws IOException {
    // given an encoding from the small table and rows to predict, without the label column
    TableEncoding encoding =
        new CsvReader(CsvOptions.DEFAULTS).read(csv("s.csv", SMALL)).encoding();
    Path predict = csv("predict.csv", "x,color", "?,blue", "10,red");
    CsvOptions dropping = CsvOptions.builder().missing(CsvOptions.Missing.DROP_ROWS).build();

    // when read by a reader that would drop incomplete rows when training
    float[] x = new CsvReader(dropping).readFeatures(predict, encoding);

    // then the missing x is imputed with the mean 7/3 and no row is dropped
    assertArrayEquals(new float[] {7f / 3f, 1, 0, 10, 0, 1}, x);
  }

  @Test
  void encoding_jsonRoundTrip_encodesTheSame() throws IOException {
    // given
    TableEncoding encoding =
        new CsvReader(CsvOptions.DEFAULTS).read(csv("s.csv", SMALL)).encoding();

    // when
    Object json = Json.parse(Json.write(encoding.toMap()));
    TableEncoding back = TableEncoding.fromMap(JsonFields.asObject(json, "an encoding"));

    // then the row "?,blue" without its label encodes with the imputed mean 7/3
    assertEquals(encoding, back);
    float[] out = new float[3];
    int imputed = back.encodeFeatures(new String[] {"?", "blue"}, out, 0);
    assertArrayEquals(new float[] {7f / 3f, 1, 0}, out);
    assertEquals(1, imputed);
  }

  @Test
  void read_badValues_errorsNameFileLineColumnValue() throws IOException {
    // given
    Path nan = csv("nan.csv", "x,y", "1,a", "NaN,b");
    Path inf = csv("inf.csv", "x,y", "1,a", "1e999,b");
    Path declared = csv("declared.csv", "x,y", "1,a", "2,b", "abc,a");
    CsvReader reader = new CsvReader(CsvOptions.DEFAULTS);
    CsvReader numeric =
        new CsvReader(
            CsvOptions.builder().columnKind(ColumnRef.named("x"), ColumnKind.NUMERIC).build());

    // when
    DataFormatException e1 = assertThrows(DataFormatException.class, () -> reader.read(nan));
    DataFormatException e2 = assertThrows(DataFormatException.class, () -> reader.read(inf));
    DataFormatException e3 = assertThrows(DataFormatException.class, () -> numeric.read(declared));

    // then
    assertEquals(
        nan
            + ":3: column 'x' holds 'NaN', which is not a finite number; write missing"
            + " values as ?, NA or an empty field; features and targets must be finite",
        e1.getMessage());
    assertEquals("1e999", e2.value());
    assertEquals(3, e2.line());
    assertEquals(
        declared
            + ":4: column 'x' is numeric but holds 'abc'; fix the value or"
            + " mark it missing (?, NA or an empty field)",
        e3.getMessage());
    assertEquals("x", e3.field());
  }

  @Test
  void read_badTables_errorsSayWhatIsWrong() throws IOException {
    // given
    Path missing = dir.resolve("missing.csv");
    Path empty = Files.writeString(dir.resolve("empty.csv"), "");
    Path comments = csv("comments.csv", "# nothing", "");
    Path ragged = csv("ragged.csv", "x,z,y", "1,2,a", "3,b", "4,5,a");
    Path single = csv("single.csv", "x,y", "1,a", "2,a");
    Path headerOnly = csv("header.csv", "x,y");
    CsvReader reader = new CsvReader(CsvOptions.DEFAULTS);
    CsvReader byName = new CsvReader(CsvOptions.builder().label(ColumnRef.named("income")).build());

    // when
    String m = assertThrows(DataFormatException.class, () -> reader.read(missing)).getMessage();
    String e = assertThrows(DataFormatException.class, () -> reader.read(empty)).getMessage();
    String c = assertThrows(DataFormatException.class, () -> reader.read(comments)).getMessage();
    String r = assertThrows(DataFormatException.class, () -> reader.read(ragged)).getMessage();
    String s = assertThrows(DataFormatException.class, () -> reader.read(single)).getMessage();
    String u = assertThrows(DataFormatException.class, () -> byName.read(single)).getMessage();
    String h =
        assertThrows(
                DataFormatException.class,
                () ->
                    new CsvReader(CsvOptions.builder().header(CsvOptions.Header.PRESENT).build())
                        .read(headerOnly))
            .getMessage();

    // then
    assertEquals(missing + ": file not found; check the path", m);
    assertEquals(empty + ": file is empty; give a file with data rows", e);
    assertTrue(c.contains("only blank or comment lines"), c);
    assertEquals(
        ragged
            + ":3: row has 2 fields but the header has 3; check the separator (',')"
            + " and quote fields that contain it",
        r);
    assertTrue(s.contains("label column 'y' holds a single class 'a'"), s);
    assertTrue(u.contains("label column 'income' not found; the 2 columns are [x, y]"), u);
    assertTrue(h.contains("no rows left to read"), h);
  }

  @Test
  void read_textAmongManyNumbers_errorInsteadOfHugeCategoricalColumn() throws IOException {
    // given 5 distinct numbers and one typo, with at most 3 categories allowed
    Path file = csv("typo.csv", "x,y", "1,a", "2,b", "3,a", "4,b", "5,a", "1O,b");
    CsvReader reader = new CsvReader(CsvOptions.builder().maxCategories(3).build());

    // when
    DataFormatException e = assertThrows(DataFormatException.class, () -> reader.read(file));

    // then
    assertEquals(7, e.line());
    assertTrue(
        e.getMessage().contains("column 'x' has text ('1O' on line 7) among more than 3"),
        e.getMessage());
  }

  @Test
  void read_givenColumnNamesAndQuotedHeader_namesUsed() throws IOException {
    // given a quoted header field with a comma
    Path file = csv("q.csv", "\"a, b\",y", "1,p", "2,q");

    // when
    CsvTable quoted = new CsvReader(CsvOptions.DEFAULTS).read(file);
    CsvTable renamed =
        new CsvReader(CsvOptions.builder().columnNames(List.of("u", "v")).build()).read(file);

    // then
    assertEquals(List.of("a, b", "y"), quoted.encoding().columnNames());
    assertEquals(List.of("u", "v"), renamed.encoding().columnNames());
    assertEquals(2, renamed.dataset().rows());
  }
}
