package org.nonlin.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionMapTest {

  /**
   * Pixels at a quarter and three quarters of the width, halfway down: left and right of x = 0 on
   * an x axis over [-1, 1], since the plot area lies between x of about 60 and 630 of 640.
   */
  private static final int LEFT = 160;

  private static final int RIGHT = 480;
  private static final int MIDDLE = 240;

  @Test
  void toImage_twoClassesSplitAtZero_yellowLeftPinkRight() {
    // given
    DecisionMap map =
        DecisionMap.builder()
            .xRange(-1, 1)
            .yRange(-1, 1)
            .classes(50, (x, y) -> x < 0 ? 0 : 1)
            .build();

    // when
    BufferedImage image = map.toImage();

    // then
    assertEquals(640, image.getWidth());
    assertEquals(Palette.BINARY_NEGATIVE.getRGB(), image.getRGB(LEFT, MIDDLE));
    assertEquals(Palette.BINARY_POSITIVE.getRGB(), image.getRGB(RIGHT, MIDDLE));
  }

  @Test
  void toImage_threeClasses_pastelRegionColours() {
    // given: class 2 on the left half, class 1 on the right
    DecisionMap map =
        DecisionMap.builder()
            .xRange(-1, 1)
            .yRange(-1, 1)
            .classes(new int[][] {{2, 1}, {2, 1}})
            .samples(new double[] {0.5}, new double[] {0.9}, new int[] {0})
            .build();

    // when
    BufferedImage image = map.toImage();

    // then
    assertEquals(Palette.region(2, 3).getRGB(), image.getRGB(LEFT, MIDDLE));
    assertEquals(Palette.region(1, 3).getRGB(), image.getRGB(RIGHT, MIDDLE));
  }

  @Test
  void toImage_probabilities_saturatedAtZeroAndOne() {
    // given: p = 0 left of x = 0, p = 1 right of it
    DecisionMap map =
        DecisionMap.builder()
            .xRange(-1, 1)
            .yRange(-1, 1)
            .probabilities(new double[][] {{0, 1}})
            .build();

    // when
    BufferedImage image = map.toImage();

    // then
    assertEquals(Palette.BINARY_NEGATIVE.getRGB(), image.getRGB(LEFT, MIDDLE));
    assertEquals(Palette.BINARY_POSITIVE.getRGB(), image.getRGB(RIGHT, MIDDLE));
  }

  @Test
  void toImage_probabilityOneHalf_palestPink() {
    // given: p = 0.5 everywhere: |2p - 1| = 0, so a quarter of the pink and three quarters white
    DecisionMap map =
        DecisionMap.builder()
            .xRange(0, 1)
            .yRange(0, 1)
            .probabilities(new double[][] {{0.5}})
            .build();

    // when
    int pixel = map.toImage().getRGB(LEFT, MIDDLE);

    // then
    Color expected = Palette.mix(Color.WHITE, Palette.BINARY_POSITIVE, 0.25);
    assertEquals(expected.getRGB(), pixel);
  }

  @Test
  void toSvg_samplesAndClassNames_legendAndOneMarkerPerSample() throws Exception {
    // given
    DecisionMap map =
        DecisionMap.builder()
            .title("XOR")
            .xRange(0, 1)
            .yRange(0, 1)
            .classes(new int[][] {{0, 1}, {1, 0}})
            .samples(
                new double[] {0.1, 0.9, 0.1, 0.9},
                new double[] {0.1, 0.1, 0.9, 0.9},
                new int[] {0, 1, 1, 0})
            .classNames("same", "different")
            .build();

    // when
    var svg = SvgDocuments.parse(map.toSvg());

    // then: class 0 circles (2 samples + 1 legend), class 1 triangles as polygons (2 + 1)
    assertTrue(SvgDocuments.texts(svg).containsAll(List.of("XOR", "same", "different")));
    assertEquals(3, SvgDocuments.elements(svg, "circle").size());
    assertEquals(3, SvgDocuments.elements(svg, "polygon").size());
    assertEquals(1, SvgDocuments.elements(svg, "image").size());
  }

  @Test
  void centres_fourIntervals_midpoints() {
    // given: [0, 1] in 4 intervals of 0.25: centres 0.125, 0.375, 0.625, 0.875

    // when
    double[] centres = DecisionMap.centres(0, 1, 4);

    // then
    assertArrayEquals(new double[] {0.125, 0.375, 0.625, 0.875}, centres);
  }

  @Test
  void classes_functionSeesCellCentres_rowZeroAtBottom() {
    // given: record the class as 1 where y > 0.5; a 2 x 2 grid over [0, 1]^2
    DecisionMap.Builder builder = DecisionMap.builder().xRange(0, 1).yRange(0, 1);

    // when
    DecisionMap map = builder.classes(2, (x, y) -> y > 0.5 ? 1 : 0).build();

    // then: row 0 (y = 0.25, bottom) is class 0, so the bottom of the picture is yellow
    BufferedImage image = map.toImage();
    assertEquals(Palette.BINARY_NEGATIVE.getRGB(), image.getRGB(LEFT, 400));
    assertEquals(Palette.BINARY_POSITIVE.getRGB(), image.getRGB(LEFT, 100));
  }

  @Test
  void probabilities_outOfRange_throwsNamingCell() {
    // given
    DecisionMap.Builder builder = DecisionMap.builder().xRange(0, 1).yRange(0, 1);
    double[][] p = {{0.2, 1.5}};

    // when
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> builder.probabilities(p));

    // then
    assertEquals("probability 1.5 at row 0, column 1 must be in [0, 1]", e.getMessage());
  }

  @Test
  void build_missingRange_throws() {
    // given
    DecisionMap.Builder builder = DecisionMap.builder().classes(new int[][] {{0}});

    // when / then
    assertThrows(IllegalArgumentException.class, builder::build);
  }

  @Test
  void build_tooFewClassNames_throws() {
    // given
    DecisionMap.Builder builder =
        DecisionMap.builder()
            .xRange(0, 1)
            .yRange(0, 1)
            .classes(new int[][] {{0, 1, 2}})
            .classNames("a", "b");

    // when / then
    assertThrows(IllegalArgumentException.class, builder::build);
  }
}
