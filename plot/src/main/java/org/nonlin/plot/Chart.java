package org.nonlin.plot;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A picture that can draw itself into any box of a {@link Canvas}: alone, it fills a picture of its
 * own {@link #width()} x {@link #height()}; in a {@link Figure}, it fills one panel.
 *
 * <p>The default methods render the chart on a white background and write it. Files are replaced
 * atomically: the picture is drawn and encoded in memory, written to a temporary file in the target
 * directory and then moved over the target, so a failure never leaves a truncated file and never
 * damages an older picture of the same name.
 */
public interface Chart {

  /** Default picture width in pixels for a single chart. */
  int DEFAULT_WIDTH = 640;

  /** Default picture height in pixels for a single chart. */
  int DEFAULT_HEIGHT = 480;

  /** Width in pixels of the picture this chart makes alone. */
  int width();

  /** Height in pixels of the picture this chart makes alone. */
  int height();

  /**
   * Draws the chart inside the box; nothing is drawn outside it.
   *
   * @param canvas where to draw
   * @param box the part of the canvas this chart owns
   */
  void draw(Canvas canvas, Box box);

  /** The chart rendered alone as an opaque image of {@link #width()} x {@link #height()}. */
  default BufferedImage toImage() {
    return Render.image(this);
  }

  /** The chart rendered alone as an SVG document. */
  default String toSvg() {
    return Render.svg(this);
  }

  /**
   * Writes the chart as PNG or SVG, chosen by the file name's extension ({@code .png} or {@code
   * .svg}, any case), replacing the file atomically.
   *
   * @param file the picture to write; its directory must exist
   * @throws IllegalArgumentException if the extension is neither {@code .png} nor {@code .svg}
   * @throws java.nio.file.NoSuchFileException naming the directory if it does not exist
   * @throws IOException if writing fails; the target is then left as it was
   */
  default void write(Path file) throws IOException {
    Render.write(this, file);
  }
}
