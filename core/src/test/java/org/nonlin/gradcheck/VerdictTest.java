package org.nonlin.gradcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VerdictTest {

  @Test
  void of_eachBandOfTheChapter_givesItsVerdict() {
    // given the chapter's bands: > 1e-2 wrong, 1e-2..1e-4 suspicious, 1e-4..1e-7 depends, < 1e-7
    double[] diffs = {0.5, 1e-3, 1e-5, 1e-9, 0};

    // when
    Verdict[] smooth = new Verdict[diffs.length];
    Verdict[] kinked = new Verdict[diffs.length];
    for (int i = 0; i < diffs.length; i++) {
      smooth[i] = Verdict.of(diffs[i], true);
      kinked[i] = Verdict.of(diffs[i], false);
    }

    // then only the 1e-4..1e-7 band depends on smoothness
    Verdict[] expectedSmooth = {
      Verdict.WRONG, Verdict.SUSPICIOUS, Verdict.SUSPICIOUS, Verdict.CORRECT, Verdict.CORRECT
    };
    Verdict[] expectedKinked = {
      Verdict.WRONG, Verdict.SUSPICIOUS, Verdict.ACCEPTABLE, Verdict.CORRECT, Verdict.CORRECT
    };
    for (int i = 0; i < diffs.length; i++) {
      assertEquals(expectedSmooth[i], smooth[i], "smooth, diff " + diffs[i]);
      assertEquals(expectedKinked[i], kinked[i], "non-smooth, diff " + diffs[i]);
    }
  }

  @Test
  void of_bandEdges_belongToTheLowerBandExceptAt1eMinus7() {
    // given the edges themselves

    // when
    Verdict atWrongEdge = Verdict.of(Verdict.WRONG_ABOVE, true);
    Verdict atSuspiciousEdge = Verdict.of(Verdict.SUSPICIOUS_ABOVE, false);
    Verdict atCorrectEdge = Verdict.of(Verdict.CORRECT_BELOW, false);

    // then 1e-2 is suspicious, 1e-4 acceptable (non-smooth), and 1e-7 no longer correct
    assertEquals(Verdict.SUSPICIOUS, atWrongEdge);
    assertEquals(Verdict.ACCEPTABLE, atSuspiciousEdge);
    assertEquals(Verdict.ACCEPTABLE, atCorrectEdge);
  }

  @Test
  void of_nanOrInfinity_isWrong() {
    // given
    double[] diffs = {Double.NaN, Double.POSITIVE_INFINITY};

    // when / then
    for (double diff : diffs) {
      assertEquals(Verdict.WRONG, Verdict.of(diff, true), "diff " + diff);
    }
  }

  @Test
  void passes_acceptable_onlyWhenAllowed() {
    // given / when / then
    assertTrue(Verdict.CORRECT.passes(false));
    assertFalse(Verdict.ACCEPTABLE.passes(false));
    assertTrue(Verdict.ACCEPTABLE.passes(true));
    assertFalse(Verdict.SUSPICIOUS.passes(true));
    assertFalse(Verdict.WRONG.passes(true));
  }
}
