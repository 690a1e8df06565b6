package org.nonlin.gradcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nonlin.nn.Network;

class GradientCheckReportTest {

  @Test
  void toTable_anyReport_endsWithTheDiffLineThenTheVerdictLine() {
    // given
    Network network = Fixtures.network("3-4tanh-2softmax");
    GradientCheckReport report = GradientCheck.run(network, Fixtures.options());

    // when
    String[] lines = report.toTable().split("\n");

    // then
    String diff = String.format(Locale.ROOT, "%.3e", report.diff());
    assertEquals("diff = " + diff, lines[lines.length - 2]);
    assertEquals("verdict = correct", lines[lines.length - 1]);
    assertTrue(report.toTable().contains("dropout off"), report::toTable);
  }

  @Test
  void toTable_eachGroup_hasALineWithItsCountsAndVerdict() {
    // given
    Network network = Fixtures.network("3-4tanh-2softmax");
    GradientCheckReport report = GradientCheck.run(network, Fixtures.options());

    // when
    String table = report.toTable();

    // then W1 3x4 = 12, B1 4, W2 4x2 = 8, B2 2
    for (String row : List.of("W1 +3x4 +12/12", "B1 +1x4 +4/4", "W2 +4x2 +8/8", "B2 +1x2 +2/2")) {
      assertTrue(table.lines().anyMatch(l -> l.matches(row + " .*correct")), row + "\n" + table);
    }
  }

  @Test
  void toMap_anyReport_holdsSnakeCaseKeysAndGroupEntries() {
    // given
    Network network = Fixtures.network("3-4tanh-2softmax");
    GradientCheckReport report =
        GradientCheck.run(network, Fixtures.builder().worstCount(3).build());

    // when
    Map<String, Object> map = report.toMap();

    // then
    assertEquals(report.diff(), map.get("diff"));
    assertEquals("correct", map.get("verdict"));
    assertEquals(report.step(), map.get("h"));
    assertEquals(true, map.get("dropout_off"));
    assertEquals(26L, map.get("checked")); // 12 + 4 + 8 + 2
    List<?> groups = (List<?>) map.get("groups");
    assertEquals(4, groups.size());
    Map<?, ?> w1 = (Map<?, ?>) groups.get(0);
    assertEquals("W1", w1.get("name"));
    assertEquals(12, w1.get("checked"));
    assertEquals(12, w1.get("total"));
    assertEquals("correct", w1.get("verdict"));
    List<?> worst = (List<?>) map.get("worst");
    assertEquals(3, worst.size());
    assertTrue(((Map<?, ?>) worst.get(0)).containsKey("relative_error"));
  }

  @Test
  void toMap_nanDiff_becomesNull() {
    // given a report whose diff is NaN
    GroupResult group = new GroupResult("W1", 1, 1, Double.NaN, Verdict.WRONG, 1, 1);
    GradientCheckReport report =
        new GradientCheckReport(
            "1-1identity",
            1e-5,
            0,
            1,
            0,
            true,
            true,
            Double.NaN,
            Verdict.WRONG,
            List.of(group),
            List.of());

    // when
    Map<String, Object> map = report.toMap();

    // then
    assertTrue(map.containsKey("diff"));
    assertNull(map.get("diff"));
    assertEquals("wrong", map.get("verdict"));
  }

  @Test
  void group_unknownName_throwsListingTheNames() {
    // given
    GradientCheckReport report =
        GradientCheck.run(Fixtures.network("2-2softmax"), Fixtures.options());

    // when
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> report.group("W9"));

    // then
    assertTrue(e.getMessage().contains("[W1, B1]"), e.getMessage());
  }

  @Test
  void relativeError_bothZero_isZero() {
    // given
    ParameterResult zero = new ParameterResult("B1", 0, 0, 0, 0.0, 0.0);
    ParameterResult half = new ParameterResult("B1", 1, 0, 1, 3.0, 1.0);

    // when / then: |3 − 1| / (3 + 1) = 0.5
    assertEquals(0.0, zero.relativeError());
    assertEquals(0.5, half.relativeError());
    assertEquals(2.0, half.absoluteError());
  }
}
