package org.nonlin.imbalance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SamplersTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "under",
        "under(2:1)",
        "under(counts=500:300:100)",
        "over",
        "over(1:2)",
        "combined",
        "combined(counts=500)",
        "centroids",
        "centroids(3:2:1)",
        "attribute",
        "attribute(1.5:1)",
        "tomek",
        "nearmiss",
        "nearmiss(2)",
        "nearmiss(3,k=5)",
        "nearmiss(k=5)",
        "nearmiss(2,ratio=2:1)",
        "smote",
        "smote(k=3)",
        "smote(k=3,ratio=2:1)",
        "smote(counts=400)",
        "adasyn",
        "adasyn(k=7,ratio=1:1:2)"
      })
  void parse_canonicalForm_printsBackIdentically(String spec) {
    // when
    Sampler sampler = Samplers.parse(spec);

    // then
    assertEquals(spec, sampler.spec());
    assertEquals(sampler, Samplers.parse(sampler.spec()));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "nearmiss(1,k=3); nearmiss",
        "smote(k=5); smote",
        "smote(ratio=1:1,k=5); smote(ratio=1:1)",
        "smote(k=2,2:1); smote(k=2,ratio=2:1)",
        "under(ratio=2:1); under(2:1)",
        "under(balanced); under",
        " over( 2.0:1 ) ; over(2:1)"
      })
  void parse_defaultsOrOtherSpelling_printsCanonicalForm(String written, String canonical) {
    // when
    Sampler sampler = Samplers.parse(written);

    // then
    assertEquals(canonical, sampler.spec());
  }

  @Test
  void parse_namedForms_buildTheSamplers() {
    // when
    Sampler nearMiss = Samplers.parse("nearmiss(2,k=4,counts=10:10)");
    Sampler smote = Samplers.parse("smote(k=3,ratio=2:1)");

    // then
    assertEquals(new NearMiss(2, 4, TargetRatio.counts(10, 10)), nearMiss);
    assertEquals(new Smote(3, TargetRatio.proportions(2, 1)), smote);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "bogus; there is no sampler 'bogus'",
        "smote(k=0); smote k 0 must be >= 1",
        "smote(k=x); k 'x' must be an integer",
        "smote(q=1); unknown parameter 'q'",
        "smote(k=3,k=4); it gives k twice",
        "under(2:1,counts=5:5); it gives the target 2 times",
        "tomek(2:1); unexpected argument '2:1'",
        "nearmiss(4); nearmiss version 4 must be 1, 2 or 3",
        "under(); it has an empty argument",
        "under(2:0); ratio part 0.0 must be a finite number > 0",
        "Under; it is not of the form name or name(arguments)"
      })
  void parse_invalid_saysWhatAndListsForms(String spec, String problem) {
    // when
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Samplers.parse(spec));

    // then
    assertTrue(e.getMessage().startsWith("sampler '" + spec + "' is not valid: "), e.getMessage());
    assertTrue(e.getMessage().contains(problem), e.getMessage());
    assertTrue(e.getMessage().endsWith(Samplers.FORMS));
  }
}
