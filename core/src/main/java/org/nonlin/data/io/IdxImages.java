package org.nonlin.data.io;

/**
 * Grey-level images as IDX files hold them: {@code count} images of {@code rows x cols} unsigned
 * bytes (0 = background, 255 = ink), row-major, image after image. Immutable; the pixels stay one
 * byte each until {@link #toFloatArray()} scales them.
 */
public final class IdxImages {

  private final int count;
  private final int rows;
  private final int cols;
  private final byte[] pixels;

  /**
   * Images from their pixels.
   *
   * @param pixels {@code count * rows * cols} unsigned bytes; copied
   * @throws IllegalArgumentException when a size is negative or the pixel count does not match
   */
  public IdxImages(int count, int rows, int cols, byte[] pixels) {
    this(pixels.clone(), count, rows, cols);
  }

  /** Takes {@code ownedPixels} without copying: the caller never touches them again. */
  private IdxImages(byte[] ownedPixels, int count, int rows, int cols) {
    if (count < 0 || rows < 1 || cols < 1) {
      throw new IllegalArgumentException(
          "image count "
              + count
              + " must be >= 0 and size "
              + rows
              + " x "
              + cols
              + " at least 1 x 1");
    }
    if ((long) count * rows * cols != ownedPixels.length) {
      throw new IllegalArgumentException(
          ownedPixels.length
              + " pixels do not hold "
              + count
              + " images of "
              + rows
              + " x "
              + cols);
    }
    this.count = count;
    this.rows = rows;
    this.cols = cols;
    this.pixels = ownedPixels;
  }

  /** Takes over pixels the reader allocated and never touches again. */
  static IdxImages wrap(int count, int rows, int cols, byte[] pixels) {
    return new IdxImages(pixels, count, rows, cols);
  }

  /** Number of images. */
  public int count() {
    return count;
  }

  /** Pixel rows per image (28 for MNIST). */
  public int rows() {
    return rows;
  }

  /** Pixel columns per image (28 for MNIST). */
  public int cols() {
    return cols;
  }

  /** Pixels per image, {@code rows * cols}. */
  public int pixelsPerImage() {
    return rows * cols;
  }

  /** The grey level, 0 to 255, of one pixel. */
  public int pixel(int image, int row, int col) {
    if (row < 0 || row >= rows || col < 0 || col >= cols) {
      throw new IndexOutOfBoundsException(
          "pixel (" + row + ", " + col + ") is outside " + rows + " x " + cols);
    }
    return pixels[(image * rows + row) * cols + col] & 0xff;
  }

  /** A copy of all pixels, unsigned bytes, image after image, row-major. */
  public byte[] toByteArray() {
    return pixels.clone();
  }

  /**
   * All pixels scaled to [0, 1] as float32, {@code x = pixel / 255}, one image per row of {@link
   * #pixelsPerImage()} values.
   */
  public float[] toFloatArray() {
    float[] out = new float[pixels.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = (pixels[i] & 0xff) / 255f;
    }
    return out;
  }

  @Override
  public String toString() {
    return "IdxImages[" + count + " images of " + rows + " x " + cols + "]";
  }
}
