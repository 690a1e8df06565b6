package org.nonlin.data.io;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.nonlin.data.Dataset;
import org.nonlin.data.Split;
import org.nonlin.data.Splits;
import org.nonlin.io.DataFormatException;

/**
 * MNIST-format digit sets: the 10,000 real digits bundled with nonlin, and folders holding the four
 * standard files of MNIST or Fashion-MNIST. Pixels come scaled to [0, 1], labels 0-9.
 */
public final class MnistFiles {

  /** Share of the built-in digits held out for testing, stratified by class. */
  public static final double BUILTIN_TEST_FRACTION = 0.2;

  /** The four standard file names, without the optional {@code .gz}. */
  public static final String TRAIN_IMAGES = "train-images-idx3-ubyte";

  /** See {@link #TRAIN_IMAGES}. */
  public static final String TRAIN_LABELS = "train-labels-idx1-ubyte";

  /** See {@link #TRAIN_IMAGES}. */
  public static final String TEST_IMAGES = "t10k-images-idx3-ubyte";

  /** See {@link #TRAIN_IMAGES}. */
  public static final String TEST_LABELS = "t10k-labels-idx1-ubyte";

  private static final String RESOURCE = "/org/nonlin/data/mnist-10k/";

  private MnistFiles() {}

  /** All 10,000 built-in digits, sorted by label as shipped. */
  public static Dataset builtinAll() throws IOException {
    return Idx.readDataset(resource("images-idx3-ubyte.gz"), resource("labels-idx1-ubyte.gz"));
  }

  /**
   * The built-in digits split by {@link Splits#stratified} with {@link #BUILTIN_TEST_FRACTION}:
   * 8,000 training and 2,000 test digits, the same for the same seed.
   */
  public static Split builtin(long seed) throws IOException {
    return Splits.stratified(builtinAll(), BUILTIN_TEST_FRACTION, seed);
  }

  /**
   * The training and test sets of a folder holding {@link #TRAIN_IMAGES}, {@link #TRAIN_LABELS},
   * {@link #TEST_IMAGES} and {@link #TEST_LABELS}, each raw or with {@code .gz}.
   *
   * @throws DataFormatException naming a missing file
   */
  public static Split read(Path folder) throws IOException {
    return new Split(
        Idx.readDataset(find(folder, TRAIN_IMAGES), find(folder, TRAIN_LABELS)),
        Idx.readDataset(find(folder, TEST_IMAGES), find(folder, TEST_LABELS)));
  }

  private static Path find(Path folder, String name) {
    for (String candidate : new String[] {name, name + ".gz"}) {
      Path path = folder.resolve(candidate);
      if (Files.isRegularFile(path)) {
        return path;
      }
    }
    throw new DataFormatException(
        folder,
        "the MNIST folder lacks " + name + " (or " + name + ".gz)",
        "the folder must hold the four standard files: train-images-idx3-ubyte,"
            + " train-labels-idx1-ubyte, t10k-images-idx3-ubyte, t10k-labels-idx1-ubyte");
  }

  /** A path to a bundled file, inside the jar's file system when running from a jar. */
  private static Path resource(String name) throws IOException {
    URL url = MnistFiles.class.getResource(RESOURCE + name);
    if (url == null) {
      throw new IOException("bundled file " + RESOURCE + name + " is missing from the build");
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        try {
          FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException e) {
          FileSystems.newFileSystem(uri, Map.of());
        }
      }
      return Path.of(uri);
    } catch (URISyntaxException e) {
      throw new IOException("bundled file " + url + " has no usable address", e);
    }
  }
}
