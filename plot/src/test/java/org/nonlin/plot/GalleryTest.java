package org.nonlin.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GalleryTest {

  private static final long SEED = 20261203L;

  @Test
  void main_everySample_writesDecodablePngAndWellFormedSvg(@TempDir Path directory)
      throws Exception {
    // given
    Map<String, Chart> samples = Gallery.samples(SEED);

    // when
    Gallery.main(new String[] {directory.toString()});

    // then
    for (Map.Entry<String, Chart> sample : samples.entrySet()) {
      BufferedImage png = ImageIO.read(directory.resolve(sample.getKey() + ".png").toFile());
      assertNotNull(png, sample.getKey());
      assertEquals(sample.getValue().width(), png.getWidth(), sample.getKey());
      assertEquals(sample.getValue().height(), png.getHeight(), sample.getKey());
      String svg = Files.readString(directory.resolve(sample.getKey() + ".svg"));
      assertNotNull(SvgDocuments.parse(svg).getDocumentElement(), sample.getKey());
    }
  }
}
