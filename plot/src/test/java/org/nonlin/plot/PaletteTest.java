package org.nonlin.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PaletteTest {

  @Test
  void region_twoClasses_yellowThenPink() {
    // given
    int numClasses = 2;

    // when / then
    assertEquals(Palette.BINARY_NEGATIVE, Palette.region(0, numClasses));
    assertEquals(Palette.BINARY_POSITIVE, Palette.region(1, numClasses));
  }

  @Test
  void region_threeClasses_pastelOfClassColour() {
    // given: blue 0x0072B2 with 35 % strength: 255 + 0.35 * (c - 255) per channel
    // red 255 - 0.35 * 255 = 165.75 -> 166; green 255 - 0.35 * 141 = 205.65 -> 206;
    // blue 255 - 0.35 * 77 = 228.05 -> 228

    // when
    Color pastel = Palette.region(0, 3);

    // then
    assertEquals(new Color(166, 206, 228), pastel);
  }

  @Test
  void markerAndColor_first40Classes_allPairsDiffer() {
    // given
    Set<String> pairs = new HashSet<>();

    // when
    for (int c = 0; c < 40; c++) {
      pairs.add(Palette.color(c) + "/" + Palette.marker(c));
    }

    // then
    assertEquals(40, pairs.size());
  }

  @Test
  void at_anchorsOfScales_exactColours() {
    // given: BLUES has 9 anchors (8 intervals): t = 0.5 is anchor 4;
    // VIRIDIS has 11 (10 intervals): t = 0.5 is anchor 5

    // when / then
    assertEquals(new Color(0xF7FBFF), ColorScale.BLUES.at(0));
    assertEquals(new Color(0x6BAED6), ColorScale.BLUES.at(0.5));
    assertEquals(new Color(0x08306B), ColorScale.BLUES.at(1));
    assertEquals(new Color(0x21918C), ColorScale.VIRIDIS.at(0.5));
    assertEquals(new Color(0xFDE725), ColorScale.VIRIDIS.at(7)); // clamped to 1
  }

  @Test
  void mix_halfway_roundedMeans() {
    // given: (0 + 255) / 2 = 127.5 -> 128; (10 + 20) / 2 = 15

    // when
    Color mixed = Palette.mix(new Color(0, 10, 255), new Color(255, 20, 255), 0.5);

    // then
    assertEquals(new Color(128, 15, 255), mixed);
  }
}
