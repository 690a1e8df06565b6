package org.nonlin.gradcheck;

import java.util.ArrayList;
import java.util.List;
import org.nonlin.nn.Network;
import org.nonlin.nn.Workspace;
import org.nonlin.optim.Optimizer;
import org.nonlin.optim.OptimizerSpec;
import org.nonlin.tensor.Matrix;
import org.nonlin.train.DivergenceException;

/**
 * A float64 network under check with its workspace and check data: evaluates J, runs backprop and
 * takes plain gradient steps. Dropout is off in its workspace (keep probability 1).
 */
final class Probe {

  private final Network network;
  private final Workspace ws;
  private final Matrix x;
  private final Matrix y;
  private final double l2;

  /** Takes ownership of {@code network}, which this probe modifies. */
  Probe(Network network, CheckData data, double l2) {
    this.network = network;
    this.ws = network.workspace(data.rows());
    this.ws.dropout(1.0, null);
    this.x = data.inputs();
    this.y = data.targets();
    this.l2 = l2;
  }

  /** {@code J(θ) = (1/m) Σ ℓ + λ/(2m) Σ‖W‖²} at the current parameters. */
  double loss() {
    network.forward(x, ws);
    return network.loss(ws, y, null, l2);
  }

  /** Copies of backprop's dW1, dB1, dW2, ... at the current parameters. */
  List<Matrix> gradients() {
    network.forward(x, ws);
    network.backward(x, y, null, l2, ws);
    List<Matrix> copies = new ArrayList<>();
    for (Matrix g : ws.gradients()) {
      copies.add(g.copy());
    }
    return copies;
  }

  /**
   * {@code steps} full-batch steps {@code θ = θ − η·dθ} on the check data; modifies the network.
   *
   * @throws DivergenceException when J becomes NaN or infinite, naming the step as the epoch
   */
  void train(int steps, double learningRate) {
    List<Matrix> params = network.parameters();
    Optimizer sgd = OptimizerSpec.sgd().create(params);
    double last = Double.NaN;
    for (int step = 1; step <= steps; step++) {
      network.forward(x, ws);
      double j = network.loss(ws, y, null, l2);
      if (!Double.isFinite(j)) {
        throw new DivergenceException(step, 1, j, last, learningRate);
      }
      last = j;
      network.backward(x, y, null, l2, ws);
      sgd.step(params, ws.gradients(), learningRate);
    }
  }

  /**
   * {@code (J(θi + h) − J(θi − h)) / (θi⁺ − θi⁻)} for entry (row, col) of {@code param}, a live
   * parameter of the network; dividing by the two points as stored (rather than by 2h) removes the
   * rounding of {@code θi ± h}. Restores θi bit for bit afterwards.
   */
  double centralDifference(Matrix param, int row, int col, double h) {
    double theta = param.get(row, col);
    double up = theta + h;
    double down = theta - h;

    param.set(row, col, up);
    double jUp = loss();
    param.set(row, col, down);
    double jDown = loss();
    param.set(row, col, theta);

    return (jUp - jDown) / (up - down);
  }

  /** The live parameters W1, B1, W2, B2, ... of the network under check. */
  List<Matrix> parameters() {
    return network.parameters();
  }

  /** Their names, in the same order. */
  List<String> parameterNames() {
    return network.parameterNames();
  }
}
