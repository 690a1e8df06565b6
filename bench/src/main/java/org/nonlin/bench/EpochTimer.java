package org.nonlin.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import org.nonlin.data.Dataset;
import org.nonlin.nn.Network;
import org.nonlin.tensor.Matrix;
import org.nonlin.train.TrainConfig;
import org.nonlin.train.Trainer;

/** Times single training epochs of the chapter's MNIST network; for quick checks during work. */
public final class EpochTimer {

  private EpochTimer() {}

  /** A hash of every parameter's bits: equal hashes mean bit-identical networks. */
  static int weightsHash(Network net) {
    int hash = 1;
    for (Matrix m : net.parameters()) {
      hash = 31 * hash + Arrays.hashCode(m.toFloatArray());
    }
    return hash;
  }

  /**
   * Arguments: epochs (default 5), batch size (default 128).
   *
   * @throws IOException when the data cannot be read
   */
  public static void main(String[] args) throws IOException {
    int epochs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    int batch = args.length > 1 ? Integer.parseInt(args[1]) : 128;
    Dataset train = Idx.train(Idx.FASHION_MNIST);
    Dataset check = train.subset(new int[] {0});
    Network net = ForkedBenchmark.chapterNetwork();
    TrainConfig config =
        TrainConfig.builder().maxEpochs(1).batchSize(batch).learningRate(0.1).seed(7).build();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    for (int e = 0; e < epochs; e++) {
      long c0 = cpu.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      var result = new Trainer(config).fit(net, train, check);
      long t1 = System.nanoTime();
      long c1 = cpu.getCurrentThreadCpuTime();
      System.out.printf(
          "epoch %d: %.3f s wall, %.3f s main-thread cpu, train loss %.6f, weights %08x%n",
          e,
          (t1 - t0) / 1e9,
          (c1 - c0) / 1e9,
          result.history().get(result.history().size() - 1).trainLoss(),
          weightsHash(net));
    }
  }
}
