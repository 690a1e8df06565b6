package org.nonlin.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Small grey-level images in rows, each with a caption under it, e.g. MNIST digits captioned "true
 * / predicted"; misclassified ones get a red frame and a red bold caption.
 *
 * <p>A pixel value v in [0, 1] is drawn as the grey {@code round(255 v)} (0 black, 1 white), or
 * {@code round(255 (1 - v))} when inverted (dark ink on white paper). Alone, the picture is as
 * large as the images need at the chosen scale; in a {@link Figure} panel the images shrink or grow
 * to fit.
 */
public final class ImageGrid implements Chart {

  /** Default screen pixels per image pixel. */
  public static final int DEFAULT_SCALE = 2;

  /** Default number of images per row. */
  public static final int DEFAULT_COLUMNS = 10;

  private static final double GAP = 8;
  private static final TextStyle CAPTION = Theme.TICK.color(Theme.INK);
  private static final Pen FRAME = Pen.solid(new Color(0xAAAAAA), 1);
  private static final Pen WRONG_FRAME = Pen.solid(Palette.WARNING, 2.5);

  private final String title;
  private final List<int[]> images;
  private final List<String> captions;
  private final List<Boolean> wrong;
  private final int imageWidth;
  private final int imageHeight;
  private final int columns;
  private final int scale;

  private ImageGrid(Builder b) {
    title = b.title;
    images = List.copyOf(b.images);
    captions = List.copyOf(b.captions);
    wrong = List.copyOf(b.wrong);
    imageWidth = b.imageWidth;
    imageHeight = b.imageHeight;
    columns = Math.min(b.columns, images.size());
    scale = b.scale;
  }

  /**
   * A builder for images of the given size.
   *
   * @param imageWidth pixels per image row, at least 1
   * @param imageHeight rows per image, at least 1
   * @throws IllegalArgumentException if a size is below 1
   */
  public static Builder builder(int imageWidth, int imageHeight) {
    return new Builder(imageWidth, imageHeight);
  }

  @Override
  public int width() {
    return (int) Math.ceil(2 * Theme.PAD + columns * cellWidth() + (columns - 1) * GAP);
  }

  @Override
  public int height() {
    int rows = rowCount();
    return (int)
        Math.ceil(
            2 * Theme.PAD
                + titleHeight()
                + rows * cellHeight(imageHeight * scale)
                + (rows - 1) * GAP);
  }

  @Override
  public void draw(Canvas canvas, Box box) {
    if (!title.isEmpty()) {
      canvas.text(title, box.centerX(), box.y() + Theme.PAD + Theme.TITLE.capHeight(), Theme.TITLE);
    }
    int rows = rowCount();
    double cellWidth = (box.width() - 2 * Theme.PAD - (columns - 1) * GAP) / columns;
    double cellHeight = (box.height() - 2 * Theme.PAD - titleHeight() - (rows - 1) * GAP) / rows;
    double captionHeight = cellHeight(0);
    double pixel = Math.min(cellWidth / imageWidth, (cellHeight - captionHeight) / imageHeight);
    for (int i = 0; i < images.size(); i++) {
      double left = box.x() + Theme.PAD + (i % columns) * (cellWidth + GAP);
      double top = box.y() + Theme.PAD + titleHeight() + (i / columns) * (cellHeight + GAP);
      Box image =
          new Box(
              left + (cellWidth - pixel * imageWidth) / 2,
              top,
              pixel * imageWidth,
              pixel * imageHeight);
      drawImage(canvas, i, image);
    }
  }

  private void drawImage(Canvas canvas, int i, Box image) {
    canvas.image(images.get(i), imageWidth, imageHeight, image);
    boolean mistake = wrong.get(i);
    canvas.rect(image, null, mistake ? WRONG_FRAME : FRAME);
    TextStyle style = mistake ? CAPTION.color(Palette.WARNING).bold(true) : CAPTION;
    double baseline = image.bottom() + 4 + style.capHeight();
    canvas.text(captions.get(i), image.centerX(), baseline, style);
  }

  private int rowCount() {
    return (images.size() + columns - 1) / columns;
  }

  private double titleHeight() {
    return title.isEmpty() ? 0 : Theme.lineHeight(Theme.TITLE) + 6;
  }

  private double cellWidth() {
    double widest = imageWidth * scale;
    for (String caption : captions) {
      widest = Math.max(widest, Fonts.width(caption, CAPTION.bold(true)) + 4);
    }
    return widest;
  }

  private static double cellHeight(double imagePixels) {
    return imagePixels + 4 + Theme.lineHeight(CAPTION);
  }

  /** Collects images and captions; {@link #build()} checks that there is one at least. */
  public static final class Builder {

    private final int imageWidth;
    private final int imageHeight;
    private final List<int[]> images = new ArrayList<>();
    private final List<String> captions = new ArrayList<>();
    private final List<Boolean> wrong = new ArrayList<>();
    private String title = "";
    private int columns = DEFAULT_COLUMNS;
    private int scale = DEFAULT_SCALE;
    private boolean inverted;

    private Builder(int imageWidth, int imageHeight) {
      if (imageWidth < 1 || imageHeight < 1) {
        throw new IllegalArgumentException(
            "image size " + imageWidth + " x " + imageHeight + " must be at least 1 x 1");
      }
      this.imageWidth = imageWidth;
      this.imageHeight = imageHeight;
    }

    /** The title shown above the images. */
    public Builder title(String text) {
      title = text == null ? "" : text;
      return this;
    }

    /**
     * Images per row; default {@link #DEFAULT_COLUMNS}, fewer if there are fewer images.
     *
     * @throws IllegalArgumentException if below 1
     */
    public Builder columns(int count) {
      if (count < 1) {
        throw new IllegalArgumentException("image columns " + count + " must be >= 1");
      }
      columns = count;
      return this;
    }

    /**
     * Screen pixels per image pixel when the grid is drawn alone; default {@link #DEFAULT_SCALE}.
     *
     * @throws IllegalArgumentException if outside [1, 32]
     */
    public Builder scale(int pixels) {
      if (pixels < 1 || pixels > 32) {
        throw new IllegalArgumentException("image scale " + pixels + " must be in [1, 32]");
      }
      scale = pixels;
      return this;
    }

    /** Draws value 1 black and 0 white, for images added after this call. */
    public Builder inverted(boolean on) {
      inverted = on;
      return this;
    }

    /**
     * Adds an image of values in [0, 1], row-major, top row first; values outside are clamped.
     *
     * @param pixels imageWidth * imageHeight values
     * @param caption text under the image
     * @param misclassified whether to mark the image as a mistake
     * @throws IllegalArgumentException if the length is wrong or a value is NaN
     */
    public Builder image(float[] pixels, String caption, boolean misclassified) {
      checkLength(pixels.length);
      int[] rgb = new int[pixels.length];
      for (int i = 0; i < pixels.length; i++) {
        if (Float.isNaN(pixels[i])) {
          throw new IllegalArgumentException(
              "pixel " + i + " of image " + images.size() + " is NaN; must be in [0, 1]");
        }
        rgb[i] = grey(Math.max(0f, Math.min(1f, pixels[i])));
      }
      return add(rgb, caption, misclassified);
    }

    /**
     * Adds an image of unsigned bytes (0 to 255 for 0 to 1), row-major, top row first.
     *
     * @throws IllegalArgumentException if the length is wrong
     */
    public Builder image(byte[] pixels, String caption, boolean misclassified) {
      checkLength(pixels.length);
      int[] rgb = new int[pixels.length];
      for (int i = 0; i < pixels.length; i++) {
        rgb[i] = grey((pixels[i] & 0xFF) / 255.0);
      }
      return add(rgb, caption, misclassified);
    }

    /**
     * The grid.
     *
     * @throws IllegalArgumentException if no image was added
     */
    public ImageGrid build() {
      if (images.isEmpty()) {
        throw new IllegalArgumentException("an image grid needs at least one image, got 0");
      }
      return new ImageGrid(this);
    }

    private Builder add(int[] rgb, String caption, boolean misclassified) {
      images.add(rgb);
      captions.add(Objects.requireNonNullElse(caption, ""));
      wrong.add(misclassified);
      return this;
    }

    private int grey(double value) {
      int level = (int) Math.round(255 * (inverted ? 1 - value : value));
      return level << 16 | level << 8 | level;
    }

    private void checkLength(int length) {
      if (length != imageWidth * imageHeight) {
        throw new IllegalArgumentException(
            "image "
                + images.size()
                + " has "
                + length
                + " pixels, expected "
                + imageWidth
                + " x "
                + imageHeight
                + " = "
                + imageWidth * imageHeight);
      }
    }
  }
}
