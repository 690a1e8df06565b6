package org.nonlin.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.nonlin.data.Dataset;
import org.nonlin.data.io.MnistFiles;
import org.nonlin.nn.Network;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link Network#predict} of the chapter's network on 10,000 images: the MNIST digits nonlin
 * embeds, or the Fashion-MNIST test images.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class InferenceBenchmark extends ForkedBenchmark {

  /** {@code mnist} (the embedded 10,000 digits) or {@code fashion} (its test set). */
  @Param({"mnist", "fashion"})
  public String data;

  private Network network;
  private float[] images;
  private int rows;

  /**
   * Loads the images.
   *
   * @throws IOException when the Fashion-MNIST files are missing
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Dataset test = data.equals("mnist") ? MnistFiles.builtinAll() : Idx.test(Idx.FASHION_MNIST);
    images = test.featureArray();
    rows = test.rows();
    network = ForkedBenchmark.chapterNetwork();
  }

  /** Class probabilities for all 10,000 images. */
  @Benchmark
  public float[] predict() {
    return network.predict(images, rows);
  }
}
