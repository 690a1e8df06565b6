package org.nonlin.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/** Renders charts alone on a white background and writes them to files atomically. */
final class Render {

  /** Numbers the temporary files of this process. */
  private static final AtomicLong COUNTER = new AtomicLong();

  private Render() {}

  static BufferedImage image(Chart chart) {
    BufferedImage image =
        new BufferedImage(chart.width(), chart.height(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      drawAlone(chart, new Java2dCanvas(g, chart.width(), chart.height()));
    } finally {
      g.dispose();
    }
    return image;
  }

  static String svg(Chart chart) {
    SvgCanvas canvas = new SvgCanvas(chart.width(), chart.height());
    drawAlone(chart, canvas);
    return canvas.toSvg();
  }

  static void write(Chart chart, Path file) throws IOException {
    boolean png = isPng(file);
    Path directory = directoryOf(file);

    byte[] bytes = png ? Rasters.png(image(chart)) : svg(chart).getBytes(StandardCharsets.UTF_8);

    Path temporary = directory.resolve(temporaryName(file));
    try {
      Files.write(temporary, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      move(temporary, file);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * A hidden name next to the target that no other writer uses at the same time. The file is
   * created like any other (so it gets the usual permissions, unlike {@code createTempFile}'s
   * owner-only ones) and CREATE_NEW fails rather than share it.
   */
  private static String temporaryName(Path file) {
    return "."
        + file.getFileName()
        + "."
        + ProcessHandle.current().pid()
        + "-"
        + COUNTER.incrementAndGet()
        + ".tmp";
  }

  private static void drawAlone(Chart chart, Canvas canvas) {
    Box whole = new Box(0, 0, canvas.width(), canvas.height());
    canvas.rect(whole, Color.WHITE, null);
    chart.draw(canvas, whole);
    canvas.unclip();
  }

  private static boolean isPng(Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    if (name.endsWith(".png")) {
      return true;
    }
    if (name.endsWith(".svg")) {
      return false;
    }
    throw new IllegalArgumentException(
        "picture file " + file + " must end with .png or .svg to say its format");
  }

  private static Path directoryOf(Path file) throws NoSuchFileException {
    Path directory = file.toAbsolutePath().getParent();
    if (directory == null || !Files.isDirectory(directory)) {
      throw new NoSuchFileException(
          String.valueOf(directory), null, "output directory does not exist; create it first");
    }
    return directory;
  }

  private static void move(Path temporary, Path file) throws IOException {
    try {
      Files.move(
          temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
