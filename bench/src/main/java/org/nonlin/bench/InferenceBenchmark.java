package org.nonlin.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.nonlin.data.Dataset;
import org.nonlin.nn.Architecture;
import org.nonlin.nn.Initializer;
import org.nonlin.nn.Network;
import org.nonlin.tensor.Precision;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** {@link Network#predict} of the chapter's network on the 10,000 Fashion-MNIST test images. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-XX:+UseSerialGC", "--add-modules", "jdk.incubator.vector"})
public class InferenceBenchmark {

  /**
   * Threads the kernels may use (the system property {@code nonlin.threads}); JMH runs every
   * parameter value in a fresh JVM and {@link #setUp} sets it before the kernels start.
   */
  @Param({"2"})
  public int threads;

  private Network network;
  private float[] images;
  private int rows;

  /**
   * Loads the test images.
   *
   * @throws IOException when the Fashion-MNIST files are missing
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    System.setProperty("nonlin.threads", Integer.toString(threads));
    Dataset test = Idx.test(Idx.FASHION_MNIST);
    images = test.featureArray();
    rows = test.rows();
    network =
        Network.create(
            Architecture.parse("784-64sigmoid-16tanh-10softmax"),
            Initializer.XAVIER,
            Precision.FLOAT32,
            1);
  }

  /** Class probabilities for all 10,000 images. */
  @Benchmark
  public float[] predict() {
    return network.predict(images, rows);
  }
}
