package org.nonlin.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class ImageGridTest {

  /** A 2 x 2 image: black, white on the top row; white, black below. */
  private static final float[] CHECKER = {0, 1, 1, 0};

  @Test
  void toImage_oneImageAtScale32_pixelsWhereExpected() {
    // given: no title and an empty caption: the image is 64 x 64 at (10, 10), the padding
    ImageGrid grid = ImageGrid.builder(2, 2).scale(32).image(CHECKER, "", false).build();

    // when
    BufferedImage image = grid.toImage();

    // then: width 2 * 10 + 64 = 84; top-left image pixel is black, top-right white
    assertEquals(84, image.getWidth());
    assertEquals(0x000000, image.getRGB(10 + 16, 10 + 16) & 0xFFFFFF);
    assertEquals(0xFFFFFF, image.getRGB(10 + 48, 10 + 16) & 0xFFFFFF);
  }

  @Test
  void toImage_inverted_blackAndWhiteSwapped() {
    // given
    ImageGrid grid =
        ImageGrid.builder(2, 2).scale(32).inverted(true).image(CHECKER, "", false).build();

    // when
    BufferedImage image = grid.toImage();

    // then
    assertEquals(0xFFFFFF, image.getRGB(10 + 16, 10 + 16) & 0xFFFFFF);
  }

  @Test
  void toImage_bytes_sameAsFloats() {
    // given: byte 255 (-1 signed) is 1.0, byte 0 is 0.0
    byte[] bytes = {0, -1, -1, 0};
    ImageGrid fromBytes = ImageGrid.builder(2, 2).image(bytes, "7", false).build();
    ImageGrid fromFloats = ImageGrid.builder(2, 2).image(CHECKER, "7", false).build();

    // when
    BufferedImage a = fromBytes.toImage();
    BufferedImage b = fromFloats.toImage();

    // then
    assertEquals(a.getWidth(), b.getWidth());
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        assertEquals(b.getRGB(x, y), a.getRGB(x, y), "pixel " + x + ", " + y);
      }
    }
  }

  @Test
  void toSvg_misclassified_redFrameAndCaptions() throws Exception {
    // given
    ImageGrid grid =
        ImageGrid.builder(2, 2)
            .title("Digits")
            .image(CHECKER, "7 / 7", false)
            .image(CHECKER, "3 / 8", true)
            .build();

    // when
    Document svg = SvgDocuments.parse(grid.toSvg());

    // then
    assertTrue(SvgDocuments.texts(svg).containsAll(List.of("Digits", "7 / 7", "3 / 8")));
    String red = SvgDocuments.hex(Palette.WARNING);
    assertEquals(
        1,
        SvgDocuments.elements(svg, "rect").stream()
            .filter(e -> e.getAttribute("stroke").equals(red))
            .count());
    assertEquals(2, SvgDocuments.elements(svg, "image").size());
  }

  @Test
  void image_wrongPixelCount_throws() {
    // given
    ImageGrid.Builder builder = ImageGrid.builder(28, 28);
    float[] pixels = new float[783];

    // when / then
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> builder.image(pixels, "", false));
    assertEquals("image 0 has 783 pixels, expected 28 x 28 = 784", e.getMessage());
  }

  @Test
  void image_nan_throws() {
    // given
    ImageGrid.Builder builder = ImageGrid.builder(1, 1);
    float[] pixels = {Float.NaN};

    // when / then
    assertThrows(IllegalArgumentException.class, () -> builder.image(pixels, "", false));
  }
}
