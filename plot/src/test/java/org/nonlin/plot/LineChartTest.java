package org.nonlin.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class LineChartTest {

  @Test
  void toSvg_twoSeries_onePolylinePerSeriesAndTexts() throws Exception {
    // given
    LineChart chart =
        LineChart.builder()
            .title("Loss by epoch")
            .xLabel("epoch")
            .yLabel("loss")
            .series("training", new double[] {0.9, 0.5, 0.3, 0.2})
            .series("validation", new double[] {1.0, 0.6, 0.45, 0.4})
            .build();

    // when
    Document svg = SvgDocuments.parse(chart.toSvg());

    // then
    List<String> texts = SvgDocuments.texts(svg);
    assertTrue(
        texts.containsAll(List.of("Loss by epoch", "epoch", "loss", "training", "validation")));
    assertEquals(1, SvgDocuments.dataLines(svg, SvgDocuments.hex(Palette.color(0))));
    assertEquals(1, SvgDocuments.dataLines(svg, SvgDocuments.hex(Palette.color(1))));
  }

  @Test
  void toSvg_nanInSeries_lineSplitInTwo() throws Exception {
    // given: a diverged value between two runs of three finite points
    double[] loss = {0.9, 0.8, 0.7, Double.NaN, 0.6, 0.5, 0.4};
    LineChart chart = LineChart.builder().series("loss", loss).build();

    // when
    Document svg = SvgDocuments.parse(chart.toSvg());

    // then
    assertEquals(2, SvgDocuments.dataLines(svg, SvgDocuments.hex(Palette.color(0))));
  }

  @Test
  void toSvg_logAxisWithGuide_powerLabelsAndGuideText() throws Exception {
    // given
    double[] rates = {1e-4, 1e-3, 1e-2, 1e-1, 1};
    LineChart chart =
        LineChart.builder()
            .logX(true)
            .series("loss", rates, new double[] {0.7, 0.6, 0.2, 0.3, 2})
            .verticalLine(0.01, "suggested")
            .build();

    // when
    Document svg = SvgDocuments.parse(chart.toSvg());

    // then
    List<String> texts = SvgDocuments.texts(svg);
    assertTrue(texts.containsAll(List.of("10⁻⁴", "10⁻²", "10⁰", "suggested")), texts.toString());
  }

  @Test
  void toSvg_diagonal_dashedLineFromCornerToCorner() throws Exception {
    // given: both axes [0, 1], so y = x runs from the bottom-left to the top-right corner
    LineChart chart =
        LineChart.builder()
            .series("model", new double[] {0, 0.2, 1}, new double[] {0, 0.8, 1})
            .xRange(0, 1)
            .yRange(0, 1)
            .diagonal(true)
            .build();

    // when
    Document svg = SvgDocuments.parse(chart.toSvg());

    // then
    List<Element> dashed =
        SvgDocuments.elements(svg, "polyline").stream()
            .filter(e -> !e.getAttribute("stroke-dasharray").isEmpty())
            .toList();
    assertEquals(1, dashed.size());
    String[] ends = dashed.get(0).getAttribute("points").split(" ");
    double x0 = Double.parseDouble(ends[0].split(",")[0]);
    double y0 = Double.parseDouble(ends[0].split(",")[1]);
    double x1 = Double.parseDouble(ends[1].split(",")[0]);
    double y1 = Double.parseDouble(ends[1].split(",")[1]);
    assertTrue(x1 > x0 && y1 < y0, "runs up and to the right");
  }

  @Test
  void build_logAxisWithZeroX_throwsNamingSeries() {
    // given
    LineChart.Builder builder =
        LineChart.builder().logX(true).series("lr", new double[] {0, 1}, new double[] {1, 2});

    // when
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);

    // then
    assertEquals("x value 0.0 at index 0 of series 'lr' must be > 0 on a log axis", e.getMessage());
  }

  @Test
  void build_noSeries_throws() {
    // given
    LineChart.Builder builder = LineChart.builder().title("empty");

    // when / then
    assertThrows(IllegalArgumentException.class, builder::build);
  }

  @Test
  void series_lengthsDiffer_throws() {
    // given
    LineChart.Builder builder = LineChart.builder();
    double[] x = {1, 2, 3};
    double[] y = {1, 2};

    // when / then
    assertThrows(IllegalArgumentException.class, () -> builder.series("s", x, y));
  }

  @Test
  void series_arrayChangedAfterwards_chartUnchanged() {
    // given
    double[] y = {1, 2, 3};
    LineChart.Series series = new LineChart.Series("s", new double[] {1, 2, 3}, y);

    // when
    y[0] = 99;

    // then
    assertEquals(1, series.y()[0]);
  }
}
