package org.nonlin.bench;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.nonlin.data.Dataset;

/**
 * Reads the gzip-compressed IDX files of MNIST and Fashion-MNIST (magic 2051 for images, 2049 for
 * labels, big-endian sizes, then unsigned bytes) into a {@link Dataset} whose pixels are scaled to
 * [0, 1]. Only what the benchmarks need; the product's own reader lives in the data package.
 */
public final class Idx {

  /** Where Debian's {@code dataset-fashion-mnist} package puts the files. */
  public static final Path FASHION_MNIST = Path.of("/usr/share/datasets/fashion-mnist");

  private Idx() {}

  /** The 60,000 training images of the set in {@code dir}. */
  public static Dataset train(Path dir) throws IOException {
    return read(
        dir.resolve("train-images-idx3-ubyte.gz"), dir.resolve("train-labels-idx1-ubyte.gz"));
  }

  /** The 10,000 test images of the set in {@code dir}. */
  public static Dataset test(Path dir) throws IOException {
    return read(dir.resolve("t10k-images-idx3-ubyte.gz"), dir.resolve("t10k-labels-idx1-ubyte.gz"));
  }

  /** The images and labels of one pair of IDX files. */
  public static Dataset read(Path images, Path labels) throws IOException {
    byte[] pixels;
    int cols;
    try (DataInputStream in = open(images, 2051)) {
      int n = in.readInt();
      cols = in.readInt() * in.readInt();
      pixels = in.readNBytes(n * cols);
    }
    int[] classes;
    try (DataInputStream in = open(labels, 2049)) {
      int n = in.readInt();
      byte[] raw = in.readNBytes(n);
      classes = new int[n];
      for (int i = 0; i < n; i++) {
        classes[i] = raw[i];
      }
    }
    List<String> names = new ArrayList<>();
    for (int c = 0; c < 10; c++) {
      names.add(Integer.toString(c));
    }
    return Dataset.classificationFromBytes(pixels, cols, 255f, classes, null, names);
  }

  private static DataInputStream open(Path file, int magic) throws IOException {
    InputStream raw = new GZIPInputStream(Files.newInputStream(file), 1 << 16);
    DataInputStream in = new DataInputStream(raw);
    int found = in.readInt();
    if (found != magic) {
      in.close();
      throw new IOException(file + " has magic " + found + ", expected " + magic);
    }
    return in;
  }
}
