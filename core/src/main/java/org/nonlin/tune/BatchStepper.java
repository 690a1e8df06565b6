package org.nonlin.tune;

import java.util.SplittableRandom;
import org.nonlin.data.Dataset;
import org.nonlin.data.Splits;
import org.nonlin.nn.Network;
import org.nonlin.nn.Workspace;
import org.nonlin.optim.Optimizer;
import org.nonlin.tensor.Matrix;
import org.nonlin.train.Targets;

/**
 * Takes one mini-batch gradient step after another through the shuffled training rows, for as many
 * epochs as it is asked to: the rows are reshuffled whenever they run out, and the last batch of an
 * epoch may be smaller. Modifies the network and the optimiser it is given.
 */
final class BatchStepper {

  private final Network network;
  private final Optimizer optimizer;
  private final Dataset train;
  private final double l2;
  private final SplittableRandom random;
  private int[] order;
  private final int batchSize;
  private final Workspace ws;
  private final Matrix x;
  private final Matrix y;
  private final float[] buffer;
  private int next;

  BatchStepper(
      Network network, Optimizer optimizer, Dataset train, int batchSize, double l2, long seed) {
    this.network = network;
    this.optimizer = optimizer;
    this.train = train;
    this.l2 = l2;
    this.random = new SplittableRandom(seed);
    this.order = new int[0];
    this.batchSize = Math.min(batchSize, train.rows());
    this.ws = network.workspace(this.batchSize);
    int in = network.architecture().inputs();
    this.x = Matrix.zeros(network.precision(), this.batchSize, in);
    this.y = Matrix.zeros(network.precision(), this.batchSize, network.architecture().outputs());
    this.buffer = new float[this.batchSize * in];
  }

  /**
   * Runs forward on the next batch, measures its loss J (with the L2 term), and when J is finite
   * runs backward and one optimiser step at rate {@code learningRate}.
   *
   * @return J of the batch before the step; NaN or infinite when no step was taken
   */
  double step(double learningRate) {
    if (next == order.length) {
      order = Splits.permutation(train.rows(), random);
      next = 0;
    }
    int from = next;
    int to = Math.min(from + batchSize, order.length);
    next = to;
    train.gatherFeatures(order, from, to, buffer);
    x.loadRows(buffer, to - from);
    Targets.fill(train, order, from, to, y);

    network.forward(x, ws);
    double loss = network.loss(ws, y, null, l2);
    if (Double.isFinite(loss)) {
      network.backward(x, y, null, l2, ws);
      optimizer.step(network.parameters(), ws.gradients(), learningRate);
    }
    return loss;
  }
}
