package org.nonlin.bench;

import java.io.IOException;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.nonlin.data.Dataset;
import org.nonlin.data.Splits;
import org.nonlin.nn.Network;
import org.nonlin.train.TrainConfig;
import org.nonlin.train.Trainer;
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
 * One training epoch of the chapter's MNIST network 784-64sigmoid-16tanh-10softmax (SGD, learning
 * rate 0.1, float32) over the 60,000 Fashion-MNIST training images held in memory, through {@link
 * Trainer} as a user runs it, next to the {@link NaiveMlp} triple-loop baseline. The batch size is
 * a parameter so that one run can draw the curve from 16 to 1024.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class EpochBenchmark extends ForkedBenchmark {

  /** Samples per gradient step. */
  @Param({"128"})
  public int batch;

  private Dataset train;
  private Dataset check;
  private Network network;
  private TrainConfig config;
  private NaiveMlp naive;
  private int[] order;

  /**
   * Loads the data once and builds both networks.
   *
   * @throws IOException when the Fashion-MNIST files are missing
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    train = Idx.train(Idx.FASHION_MNIST);
    check = train.subset(new int[] {0});
    network = ForkedBenchmark.chapterNetwork();
    config = TrainConfig.builder().maxEpochs(1).batchSize(batch).learningRate(0.1).seed(7).build();
    naive = new NaiveMlp(batch, 1);
    order = Splits.permutation(train.rows(), new SplittableRandom(7));
  }

  /** One epoch through the library's trainer. */
  @Benchmark
  public Object nonlin() {
    return new Trainer(config).fit(network, train, check);
  }

  /** One epoch of the naive triple-loop network. */
  @Benchmark
  public double naive() {
    return naive.epoch(train, order, 0.1f);
  }
}
