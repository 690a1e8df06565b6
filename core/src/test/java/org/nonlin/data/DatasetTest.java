package org.nonlin.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks a data set makes when it is built, and the copies it hands out. */
class DatasetTest {

  private static final List<String> TWO_CLASSES = List.of("no", "yes");

  @Test
  void classification_labelAboveRange_namesLabelRowAndRange() {
    float[] x = {0, 0, 1, 1};

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Dataset.classification(x, 2, new int[] {0, 2}, null, TWO_CLASSES));

    assertEquals("label 2 at row 1 is outside the class range [0, 1]", e.getMessage());
  }

  @Test
  void classification_negativeLabel_namesLabelRowAndRange() {
    float[] x = {0, 1};

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Dataset.classification(x, 1, new int[] {-1, 0}, null, TWO_CLASSES));

    assertEquals("label -1 at row 0 is outside the class range [0, 1]", e.getMessage());
  }

  @Test
  void classification_nanFeature_namesValueRowAndColumn() {
    float[] x = {0, 1, Float.NaN, 3};

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Dataset.classification(x, 2, new int[] {0, 1}, null, TWO_CLASSES));

    assertEquals(
        "feature value NaN at row 1, column 0 must be finite; drop or impute it first",
        e.getMessage());
  }

  @Test
  void classification_infiniteFeature_namesValueRowAndColumn() {
    float[] x = {0, Float.NEGATIVE_INFINITY, 2, 3};

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Dataset.classification(x, 2, new int[] {0, 1}, null, TWO_CLASSES));

    assertEquals(
        "feature value -Infinity at row 0, column 1 must be finite; drop or impute it first",
        e.getMessage());
  }

  @Test
  void classification_featuresNotFillingRows_namesLengthAndShape() {
    float[] x = {0, 1, 2};

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Dataset.classification(x, 2, new int[] {0, 1}, null, TWO_CLASSES));

    assertEquals("feature array of length 3 does not hold 2 rows of 2 features", e.getMessage());
  }

  @Test
  void classification_oneClass_isRefused() {
    float[] x = {0, 1};

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Dataset.classification(x, 1, new int[] {0, 0}, null, List.of("only")));

    assertEquals("number of classes 1 must be >= 2 for classification", e.getMessage());
  }

  @Test
  void regression_infiniteTarget_namesValueRowAndColumn() {
    float[] x = {0, 1};
    float[] y = {1, 2, 3, Float.POSITIVE_INFINITY};

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Dataset.regression(x, 1, y, 2, null));

    assertEquals(
        "target value Infinity at row 1, column 1 must be finite; drop or impute it first",
        e.getMessage());
  }

  @Test
  void classification_callerChangesArraysLater_dataStaysAsBuilt() {
    float[] x = {0, 1};
    int[] labels = {0, 1};
    Dataset data = Dataset.classification(x, 1, labels, null, TWO_CLASSES);

    x[0] = 9;
    labels[0] = 1;
    data.featureArray()[1] = 9;

    assertArrayEquals(new float[] {0, 1}, data.featureArray());
    assertArrayEquals(new int[] {0, 1}, data.labels());
  }

  @Test
  void outputWidth_twoAndThreeClasses_isOneAndThree() {
    Dataset binary = Dataset.classification(new float[] {0}, 1, new int[] {0}, null, TWO_CLASSES);
    Dataset three =
        Dataset.classification(new float[] {0}, 1, new int[] {2}, null, List.of("a", "b", "c"));

    assertEquals(1, binary.outputWidth());
    assertEquals(3, three.outputWidth());
  }

  @Test
  void subset_repeatedRows_copiesFeaturesAndLabelsInOrder() {
    Dataset data =
        Dataset.classification(
            new float[] {10, 11, 20, 21, 30, 31}, 2, new int[] {0, 1, 1}, null, TWO_CLASSES);

    Dataset part = data.subset(new int[] {2, 0, 2});

    assertArrayEquals(new float[] {30, 31, 10, 11, 30, 31}, part.featureArray());
    assertArrayEquals(new int[] {1, 0, 1}, part.labels());
    assertEquals(List.of("x1", "x2"), part.featureNames());
  }

  @Test
  void classificationFromBytes_pixels_sameFloatsAsScaledFloatDataset() {
    // given: two rows of three 8-bit codes; 255 -> 1.0, 51 -> 0.2, 0 -> 0.0 (each code / 255f)
    byte[] codes = {0, (byte) 255, 51, (byte) 128, 1, 0};
    float[] scaled = new float[codes.length];
    for (int i = 0; i < codes.length; i++) {
      scaled[i] = (codes[i] & 0xFF) / 255f;
    }

    // when
    Dataset bytes =
        Dataset.classificationFromBytes(codes, 3, 255f, new int[] {0, 1}, null, TWO_CLASSES);
    Dataset floats = Dataset.classification(scaled, 3, new int[] {0, 1}, null, TWO_CLASSES);

    // then: the same values through every way of reading features, also after a subset
    assertArrayEquals(floats.featureArray(), bytes.featureArray());
    assertEquals(1.0f, bytes.feature(0, 1));
    assertEquals(128 / 255f, bytes.feature(1, 0));
    float[] gathered = new float[6];
    bytes.gatherFeatures(new int[] {1, 0}, 0, 2, gathered);
    assertArrayEquals(
        new float[] {scaled[3], scaled[4], scaled[5], scaled[0], scaled[1], scaled[2]}, gathered);
    assertArrayEquals(
        floats.subset(new int[] {1}).featureArray(), bytes.subset(new int[] {1}).featureArray());
  }

  @Test
  void classificationFromBytes_zeroDivisor_rejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Dataset.classificationFromBytes(
                    new byte[] {1, 2}, 1, 0f, new int[] {0, 1}, null, TWO_CLASSES));

    assertEquals("divisor 0.0 must be finite and > 0", e.getMessage());
  }
}
