package org.nonlin.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nonlin.io.DataFormatException;
import org.nonlin.io.Json;
import org.nonlin.io.JsonFields;
import org.nonlin.testing.Tolerances;

class NormalizerTest {

  /** Three rows of a varying feature (1, 3, 2) and a constant one (5). */
  private static final Dataset TRAIN =
      Dataset.classification(
          new float[] {1, 5, 3, 5, 2, 5}, 2, new int[] {0, 1, 0}, null, List.of("a", "b"));

  @Test
  void fitMinMax_trainingData_rangeToUnitIntervalConstantToZero() {
    // when
    Normalizer normalizer = Normalizer.fit(Normalization.MIN_MAX, TRAIN);
    Dataset scaled = normalizer.apply(TRAIN);

    // then (x - 1) / (3 - 1): 1 -> 0, 3 -> 1, 2 -> 0.5; the constant 5 has spread 0 -> 0
    assertArrayEquals(new float[] {0, 0, 1, 0, 0.5f, 0}, scaled.featureArray());
    assertArrayEquals(TRAIN.labels(), scaled.labels());
    assertEquals(TRAIN.classNames(), scaled.classNames());
    assertArrayEquals(new double[] {1, 5}, normalizer.offsets());
    assertArrayEquals(new double[] {2, 0}, normalizer.spreads());
  }

  @Test
  void fitZScore_trainingData_meanAndPopulationDeviation() {
    // given
    Normalizer normalizer = Normalizer.fit(Normalization.Z_SCORE, TRAIN);

    // when
    float[] x = normalizer.apply(TRAIN).featureArray();

    // then mean (1 + 3 + 2) / 3 = 2, std sqrt((1 + 1 + 0) / 3) = sqrt(2/3)
    double std = Math.sqrt(2.0 / 3.0);
    assertEquals(2.0, normalizer.offsets()[0], Tolerances.EXACT);
    assertEquals(std, normalizer.spreads()[0], Tolerances.EXACT);
    assertEquals(-1 / std, x[0], Tolerances.FLOAT);
    assertEquals(1 / std, x[2], Tolerances.FLOAT);
    assertEquals(0, x[4], Tolerances.FLOAT);
    assertEquals(0, x[1]);
  }

  @Test
  void fitZScore_randomData_outputsHaveMeanZeroVarianceOne() {
    // given seeded data with mean about 100 and spread about 7
    SplittableRandom random = new SplittableRandom(Tolerances.SEED);
    float[] x = new float[1000];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) (100 + 7 * random.nextGaussian());
    }
    Dataset data = Dataset.regression(x, 1, new float[1000], 1, null);

    // when
    float[] z = Normalizer.fit(Normalization.Z_SCORE, data).apply(data).featureArray();

    // then, checked by a second computation of the moments of the output
    double sum = 0;
    double squares = 0;
    for (float value : z) {
      sum += value;
      squares += (double) value * value;
    }
    assertEquals(0, sum / z.length, Tolerances.FLOAT);
    assertEquals(1, squares / z.length, Tolerances.FLOAT);
  }

  @Test
  void applyInPlace_laterDataOutsideTrainingRange_notClipped() {
    // given
    Normalizer normalizer = Normalizer.fit(Normalization.MIN_MAX, TRAIN);
    float[] rows = {5, 7, -1, 5};

    // when
    normalizer.applyInPlace(rows);

    // then (5 - 1) / 2 = 2 and (-1 - 1) / 2 = -1; the constant feature is always 0
    assertArrayEquals(new float[] {2, 0, -1, 0}, rows);
  }

  @Test
  void apply_wrongWidths_errorsNameBothSizes() {
    // given
    Normalizer normalizer = Normalizer.fit(Normalization.MIN_MAX, TRAIN);
    Dataset three = Dataset.regression(new float[] {1, 2, 3}, 3, new float[] {0}, 1, null);

    // when
    IllegalArgumentException cols =
        assertThrows(IllegalArgumentException.class, () -> normalizer.apply(three));
    IllegalArgumentException block =
        assertThrows(IllegalArgumentException.class, () -> normalizer.applyInPlace(new float[3]));

    // then
    assertEquals(
        "data with 3 features cannot be normalized by a normalizer fitted on 2 features",
        cols.getMessage());
    assertEquals("row block of length 3 is not whole rows of 2 features", block.getMessage());
  }

  @Test
  void toMap_jsonRoundTrip_sameParametersAndOutputs() {
    for (Normalization method : Normalization.values()) {
      // given
      Normalizer normalizer = Normalizer.fit(method, TRAIN);

      // when
      Object json = Json.parse(Json.write(normalizer.toMap()));
      Normalizer back = Normalizer.fromMap(JsonFields.asObject(json, "a normalizer"));

      // then
      assertEquals(method, back.method());
      assertArrayEquals(normalizer.offsets(), back.offsets());
      assertArrayEquals(normalizer.spreads(), back.spreads());
      assertArrayEquals(normalizer.apply(TRAIN).featureArray(), back.apply(TRAIN).featureArray());
    }
  }

  @Test
  void identity_anyRows_unchanged() {
    // given
    Normalizer none = Normalizer.fit(Normalization.NONE, TRAIN);
    float[] rows = {1.5f, -2f};

    // when
    none.applyInPlace(rows);

    // then
    assertArrayEquals(new float[] {1.5f, -2f}, rows);
    assertTrue(none.isIdentity());
    assertFalse(Normalizer.fit(Normalization.MIN_MAX, TRAIN).isIdentity());
    assertEquals(Map.of("method", "none", "features", 2L), none.toMap());
  }

  @Test
  void fromMap_badContent_errorsNameKey() {
    // given
    Map<String, Object> unknown = Map.of("method", "robust");
    Map<String, Object> missing = Map.of("method", "z-score", "mean", List.of(1.0));
    Map<String, Object> inverted =
        Map.of("method", "min-max", "min", List.of(2.0), "max", List.of(1.0));

    // when
    DataFormatException e1 =
        assertThrows(DataFormatException.class, () -> Normalizer.fromMap(unknown));
    DataFormatException e2 =
        assertThrows(DataFormatException.class, () -> Normalizer.fromMap(missing));
    DataFormatException e3 =
        assertThrows(DataFormatException.class, () -> Normalizer.fromMap(inverted));

    // then
    assertEquals("normalization \"robust\" must be none, min-max or z-score", e1.getMessage());
    assertEquals("std", e2.field());
    assertTrue(e3.getMessage().contains("spread >= 0"), e3.getMessage());
  }

  @Test
  void parse_spellings_methods() {
    // when / then
    assertEquals(Normalization.MIN_MAX, Normalization.parse("MinMax"));
    assertEquals(Normalization.Z_SCORE, Normalization.parse("z_score"));
    assertEquals(Normalization.NONE, Normalization.parse(" none "));
  }
}
