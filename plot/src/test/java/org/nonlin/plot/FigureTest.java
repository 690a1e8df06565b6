package org.nonlin.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class FigureTest {

  private static ScatterChart panel(String title) {
    return ScatterChart.builder()
        .title(title)
        .samples(new double[] {0, 1}, new double[] {0, 1}, new int[] {0, 1})
        .size(300, 200)
        .build();
  }

  @Test
  void size_threePanelsInTwoColumns_twoRowsOfLargestPanel() {
    // given
    Figure figure = Figure.builder(2).panel(panel("a")).panel(panel("b")).panel(panel("c")).build();

    // when
    int width = figure.width();
    int height = figure.height();

    // then: 2 columns * 300, 2 rows * 200, no title
    assertEquals(600, width);
    assertEquals(400, height);
  }

  @Test
  void toSvg_panelsAndTitle_allTitlesPresent() throws Exception {
    // given
    Figure figure =
        Figure.builder(2).title("Epoch 20").panel(panel("Z1")).panel(panel("A1")).build();

    // when
    Document svg = SvgDocuments.parse(figure.toSvg());

    // then
    assertTrue(SvgDocuments.texts(svg).containsAll(List.of("Epoch 20", "Z1", "A1")));
    assertEquals(2, SvgDocuments.elements(svg, "clipPath").size());
  }

  @Test
  void toImage_panelSizeGiven_usesIt() {
    // given
    Figure figure = Figure.builder(3).panelSize(200, 150).panel(panel("a")).build();

    // when / then: one panel, so one column of 200
    assertEquals(200, figure.toImage().getWidth());
  }

  @Test
  void pairwise_threeCoordinates_threePanels() throws Exception {
    // given
    double[][] points = {{0, 0, 0}, {1, 0.5, -1}, {0.2, 0.9, 0.4}};
    List<double[][]> lines = List.<double[][]>of(new double[][] {{0, 0, 0}, {1, 1, 1}});

    // when
    Figure figure =
        Projections.pairwise(
            "A1", List.of("a1", "a2", "a3"), points, new int[] {0, 1, 1}, List.of(), lines);

    // then: 3 * 420 wide; panels titled by their pairs
    assertEquals(3 * Projections.PANEL_SIZE, figure.width());
    List<String> texts = SvgDocuments.texts(SvgDocuments.parse(figure.toSvg()));
    assertTrue(texts.containsAll(List.of("a1 – a2", "a1 – a3", "a2 – a3")), texts.toString());
  }

  @Test
  void pairwise_pointWithTwoCoordinates_throws() {
    // given
    double[][] points = {{0, 0, 0}, {1, 0.5}};
    List<String> names = List.of("a1", "a2", "a3");
    int[] labels = {0, 1};

    // when / then
    assertThrows(
        IllegalArgumentException.class,
        () -> Projections.pairwise("A1", names, points, labels, List.of(), List.of()));
  }

  @Test
  void build_noPanel_throws() {
    // given
    Figure.Builder builder = Figure.builder(2);

    // when / then
    assertThrows(IllegalArgumentException.class, builder::build);
  }
}
