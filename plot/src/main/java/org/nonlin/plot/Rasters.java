package org.nonlin.plot;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Conversions of RGB pixel arrays to images and PNG bytes. */
final class Rasters {

  private Rasters() {}

  /** An opaque image holding a copy of the pixels ({@code 0xRRGGBB}, row-major, top row first). */
  static BufferedImage toImage(int[] rgb, int columns, int rows) {
    CanvasChecks.raster(rgb, columns, rows);
    BufferedImage image = new BufferedImage(columns, rows, BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, columns, rows, rgb, 0, columns);
    return image;
  }

  /** The image encoded as PNG. */
  static byte[] png(BufferedImage image) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, "png", out)) {
        throw new IllegalStateException("this JDK has no PNG writer");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("PNG encoding into memory failed", e);
    }
    return out.toByteArray();
  }
}
