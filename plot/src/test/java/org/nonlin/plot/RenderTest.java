package org.nonlin.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderTest {

  @TempDir Path directory;

  private static LineChart chart(int width, int height) {
    return LineChart.builder()
        .title("loss")
        .series("train", new double[] {3, 2, 1})
        .size(width, height)
        .build();
  }

  /** A chart that fails halfway through drawing. */
  private static final class Broken implements Chart {
    @Override
    public int width() {
      return 100;
    }

    @Override
    public int height() {
      return 100;
    }

    @Override
    public void draw(Canvas canvas, Box box) {
      canvas.rect(box, java.awt.Color.RED, null);
      throw new IllegalStateException("drawing failed");
    }
  }

  @Test
  void write_png_decodesWithRequestedSize() throws IOException {
    // given
    Path file = directory.resolve("loss.PNG");

    // when
    chart(500, 300).write(file);

    // then
    BufferedImage image = ImageIO.read(file.toFile());
    assertEquals(500, image.getWidth());
    assertEquals(300, image.getHeight());
  }

  @Test
  void write_svg_sameTextAsToSvg() throws Exception {
    // given
    Path file = directory.resolve("loss.svg");
    LineChart chart = chart(400, 300);

    // when
    chart.write(file);

    // then
    String written = Files.readString(file, StandardCharsets.UTF_8);
    assertEquals(chart.toSvg(), written);
    assertTrue(SvgDocuments.texts(SvgDocuments.parse(written)).contains("loss"));
  }

  @Test
  void write_existingFile_replacedAndNoTemporaryLeft() throws IOException {
    // given
    Path file = directory.resolve("loss.png");
    Files.writeString(file, "old picture");

    // when
    chart(300, 200).write(file);

    // then
    assertEquals(300, ImageIO.read(file.toFile()).getWidth());
    assertEquals(List.of(file), list(directory));
  }

  @Test
  void write_drawingThrows_oldFileIntactAndNoTemporaryLeft() throws IOException {
    // given
    Path file = directory.resolve("loss.png");
    byte[] old = "old picture".getBytes(StandardCharsets.UTF_8);
    Files.write(file, old);
    Broken broken = new Broken();

    // when
    assertThrows(IllegalStateException.class, () -> broken.write(file));

    // then
    assertArrayEquals(old, Files.readAllBytes(file));
    assertEquals(List.of(file), list(directory));
  }

  @Test
  void write_missingDirectory_namesIt() {
    // given
    Path missing = directory.resolve("no-such-dir");
    Path file = missing.resolve("loss.svg");
    LineChart chart = chart(300, 200);

    // when
    NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> chart.write(file));

    // then
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
  }

  @Test
  void write_unknownExtension_throws() {
    // given
    Path file = directory.resolve("loss.jpg");
    LineChart chart = chart(300, 200);

    // when
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> chart.write(file));

    // then
    assertTrue(e.getMessage().contains("must end with .png or .svg"), e.getMessage());
    assertEquals(List.of(), list(directory));
  }

  private static List<Path> list(Path directory) {
    try (Stream<Path> files = Files.list(directory)) {
      return files.toList();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
