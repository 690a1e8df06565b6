package org.nonlin.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SvgCanvasTest {

  private static final TextStyle PLAIN =
      new TextStyle(12, false, Color.BLACK, TextStyle.Align.START, false);

  @Test
  void toSvg_everyPrimitive_wellFormedWithOneElementEach() throws Exception {
    // given
    SvgCanvas canvas = new SvgCanvas(200, 100);
    canvas.clip(new Box(0, 0, 100, 50));
    canvas.polyline(new double[] {0, 10, 20}, new double[] {0, 5, 0}, Pen.dashed(Color.RED, 2));
    canvas.unclip();
    canvas.polygon(new double[] {0, 10, 5}, new double[] {0, 0, 8}, Color.BLUE, null);
    canvas.rect(new Box(1, 2, 3, 4), null, Pen.solid(Color.BLACK, 1));
    canvas.circle(50, 50, 3, new Color(0, 0, 0, 128), null);
    canvas.text("a < b & c", 10, 20, PLAIN);
    canvas.image(new int[] {0xFF0000, 0x00FF00}, 2, 1, new Box(0, 0, 20, 10));

    // when
    Document svg = SvgDocuments.parse(canvas.toSvg());

    // then
    Element root = svg.getDocumentElement();
    assertEquals("svg", root.getLocalName());
    assertEquals("200", root.getAttribute("width"));
    assertEquals(1, SvgDocuments.elements(svg, "polyline").size());
    assertEquals(1, SvgDocuments.elements(svg, "polygon").size());
    assertEquals(2, SvgDocuments.elements(svg, "rect").size()); // the rect and the clip's rect
    assertEquals(1, SvgDocuments.elements(svg, "circle").size());
    assertEquals(1, SvgDocuments.elements(svg, "image").size());
    assertEquals(List.of("a < b & c"), SvgDocuments.texts(svg));
    assertEquals(
        "12 8", // dashes of 6 and gaps of 4, times the pen width 2
        SvgDocuments.elements(svg, "polyline").get(0).getAttribute("stroke-dasharray"));
    assertEquals( // alpha 128 / 255 = 0.502, two decimals
        "0.5", SvgDocuments.elements(svg, "circle").get(0).getAttribute("fill-opacity"));
  }

  @Test
  void toSvg_clipLeftOpen_closedInDocument() throws Exception {
    // given
    SvgCanvas canvas = new SvgCanvas(10, 10);
    canvas.clip(new Box(0, 0, 5, 5));
    canvas.circle(1, 1, 1, Color.RED, null);

    // when
    Document svg = SvgDocuments.parse(canvas.toSvg());

    // then: the circle sits inside the clipped group
    Element circle = SvgDocuments.elements(svg, "circle").get(0);
    assertEquals("g", circle.getParentNode().getLocalName());
  }

  @Test
  void num_variousValues_twoDecimalsAtMost() {
    // given: values rounded to hundredths: 1.005 is 1.00499999... in binary

    // when / then
    assertEquals("0", SvgCanvas.num(0.001));
    assertEquals("12", SvgCanvas.num(12.0));
    assertEquals("-3.5", SvgCanvas.num(-3.5));
    assertEquals("0.07", SvgCanvas.num(0.0712));
    assertEquals("1.01", SvgCanvas.num(1.006));
    assertEquals("12345678", SvgCanvas.num(12345678));
  }

  @Test
  void escape_controlCharactersAndMarkup_droppedAndEscaped() {
    // given
    String text = "\"x\"\u0001<y>";

    // when
    String escaped = SvgCanvas.escape(text);

    // then
    assertEquals("&quot;x&quot;&lt;y&gt;", escaped);
  }

  @Test
  void polyline_onePoint_throws() {
    // given
    SvgCanvas canvas = new SvgCanvas(10, 10);
    Pen pen = Pen.solid(Color.BLACK, 1);

    // when / then
    assertThrows(
        IllegalArgumentException.class,
        () -> canvas.polyline(new double[] {1}, new double[] {1}, pen));
  }

  @Test
  void image_pixelCountMismatch_throws() {
    // given
    SvgCanvas canvas = new SvgCanvas(10, 10);
    Box target = new Box(0, 0, 1, 1);

    // when / then
    assertThrows(IllegalArgumentException.class, () -> canvas.image(new int[3], 2, 2, target));
  }
}
