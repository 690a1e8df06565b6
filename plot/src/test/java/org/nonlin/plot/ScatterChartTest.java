package org.nonlin.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class ScatterChartTest {

  @Test
  void toSvg_threeByThreeGrid_sixGreyLines() throws Exception {
    // given: a 3 x 3 grid of nodes gives 3 row lines and 3 column lines of 3 points each
    double[][] gridX = {{0, 1, 2}, {0, 1, 2}, {0, 1, 2}};
    double[][] gridY = {{0, 0, 0}, {1, 1.2, 1}, {2, 2, 2}};
    ScatterChart chart =
        ScatterChart.builder()
            .samples(new double[] {0.5}, new double[] {0.5}, new int[] {0})
            .grid(gridX, gridY)
            .build();

    // when
    Document svg = SvgDocuments.parse(chart.toSvg());

    // then
    assertEquals(6, SvgDocuments.dataLines(svg, SvgDocuments.hex(Theme.WARPED_GRID.color())));
  }

  @Test
  void toSvg_twoClasses_markersPerClass() throws Exception {
    // given: class 0 circles, class 1 triangles (polygons), and one of each in the legend
    ScatterChart chart =
        ScatterChart.builder()
            .samples(new double[] {0, 1, 2}, new double[] {0, 1, 0}, new int[] {0, 1, 1})
            .build();

    // when
    Document svg = SvgDocuments.parse(chart.toSvg());

    // then
    assertEquals(1 + 1, SvgDocuments.elements(svg, "circle").size());
    assertEquals(2 + 1, SvgDocuments.elements(svg, "polygon").size());
  }

  @Test
  void grid_raggedRow_throws() {
    // given
    double[][] gridX = {{0, 1}, {0}};
    double[][] gridY = {{0, 0}, {1}};
    ScatterChart.Builder builder = ScatterChart.builder();

    // when / then
    assertThrows(IllegalArgumentException.class, () -> builder.grid(gridX, gridY));
  }

  @Test
  void samples_nonFinite_throws() {
    // given
    ScatterChart.Builder builder = ScatterChart.builder();
    double[] x = {Double.NaN};

    // when / then
    assertThrows(
        IllegalArgumentException.class, () -> builder.samples(x, new double[] {0}, new int[] {0}));
  }

  @Test
  void build_nothing_throws() {
    // given
    ScatterChart.Builder builder = ScatterChart.builder();

    // when / then
    assertThrows(IllegalArgumentException.class, builder::build);
  }
}
