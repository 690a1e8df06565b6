package org.nonlin.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class HeatMapTest {

  @Test
  void toSvg_confusionMatrix_cellColoursAndCounts() throws Exception {
    // given: counts 0 .. 10, so 0 takes the scale's start and 10 its end
    HeatMap map =
        HeatMap.builder()
            .title("Confusion")
            .values(new int[][] {{10, 0}, {5, 10}})
            .rowLabels("cat", "dog")
            .columnLabels("cat", "dog")
            .build();

    // when
    Document svg = SvgDocuments.parse(map.toSvg());

    // then
    List<String> texts = SvgDocuments.texts(svg);
    assertTrue(
        texts.containsAll(List.of("Confusion", "cat", "dog", "10", "0", "5")), texts.toString());
    Map<String, Long> fills =
        SvgDocuments.elements(svg, "rect").stream()
            .filter(e -> e.getAttribute("stroke").equals("#ffffff"))
            .collect(Collectors.groupingBy(e -> e.getAttribute("fill"), Collectors.counting()));
    assertEquals(2L, fills.get(SvgDocuments.hex(ColorScale.BLUES.at(1))));
    assertEquals(1L, fills.get(SvgDocuments.hex(ColorScale.BLUES.at(0))));
    assertEquals(1L, fills.get(SvgDocuments.hex(ColorScale.BLUES.at(0.5)))); // 5 of 0 .. 10
  }

  @Test
  void toSvg_darkCell_whiteText() throws Exception {
    // given: the largest value takes the darkest blue
    HeatMap map = HeatMap.builder().values(new int[][] {{0, 7}}).build();

    // when
    Document svg = SvgDocuments.parse(map.toSvg());

    // then
    Element seven =
        SvgDocuments.elements(svg, "text").stream()
            .filter(e -> e.getTextContent().equals("7"))
            .findFirst()
            .orElseThrow();
    assertEquals("#ffffff", seven.getAttribute("fill"));
  }

  @Test
  void toSvg_fractionsAndNaN_threeDecimalsAndDash() throws Exception {
    // given
    HeatMap map = HeatMap.builder().values(new double[][] {{0.9126, Double.NaN}}).build();

    // when
    List<String> texts = SvgDocuments.texts(SvgDocuments.parse(map.toSvg()));

    // then: "%.3f" rounds 0.9126 to 0.913; NaN is a dash
    assertTrue(texts.containsAll(List.of("0.913", "–")), texts.toString());
  }

  @Test
  void toImage_singleValue_cellInColourOfScaleMiddle() {
    // given: a constant matrix spans [v - 0.5, v + 0.5], so v sits at t = 0.5
    HeatMap map = HeatMap.builder().values(new double[][] {{3}}).colors(ColorScale.VIRIDIS).build();

    // when
    int pixel = map.toImage().getRGB(300, 240);

    // then: the one cell fills the middle of the picture
    assertEquals(new Color(0x21918C).getRGB(), pixel);
  }

  @Test
  void toSvg_longColumnLabels_writtenVertically() throws Exception {
    // given: ten labels of ~80 pixels under cells of ~40 pixels would overlap
    String[] names = new String[10];
    Arrays.setAll(names, i -> "a long class name " + i);
    HeatMap map =
        HeatMap.builder().values(new int[10][10]).rowLabels(names).columnLabels(names).build();

    // when
    Document svg = SvgDocuments.parse(map.toSvg());

    // then: the column labels are rotated, the row labels are not
    List<Element> rotated =
        SvgDocuments.elements(svg, "text").stream()
            .filter(e -> e.getAttribute("transform").startsWith("rotate(-90"))
            .toList();
    assertEquals(10, rotated.size());
    assertEquals("a long class name 0", rotated.get(0).getTextContent());
  }

  @Test
  void build_labelCountMismatch_throws() {
    // given
    HeatMap.Builder builder = HeatMap.builder().values(new int[][] {{1, 2}}).columnLabels("a");

    // when / then
    assertThrows(IllegalArgumentException.class, builder::build);
  }

  @Test
  void format_notForNumbers_throws() {
    // given
    HeatMap.Builder builder = HeatMap.builder();

    // when / then
    assertThrows(IllegalArgumentException.class, () -> builder.format("%d"));
  }
}
