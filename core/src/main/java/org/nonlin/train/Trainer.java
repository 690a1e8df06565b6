package org.nonlin.train;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.nonlin.data.Dataset;
import org.nonlin.nn.Network;
import org.nonlin.nn.Workspace;
import org.nonlin.optim.Optimizer;
import org.nonlin.tensor.FloatMatrix;
import org.nonlin.tensor.Matrix;
import org.nonlin.train.schedule.LearningRateSchedule;
import org.nonlin.train.schedule.ScheduleUnit;

/**
 * Mini-batch gradient descent, one loop for every batch size from 1 (the chapter's single-sample
 * SGD) to the whole set (full batch). Each epoch shuffles the training rows, then for each batch
 * runs forward, loss, backward and an optimiser step, with the learning rate the schedule gives for
 * that iteration or epoch.
 *
 * <p>Every {@link TrainConfig#checkpointEpochs} epochs it measures the validation set and records a
 * {@link Checkpoint}; it stops when the validation loss is at most {@link TrainConfig#stopLoss}
 * (the chapter's rule), when it has not improved for {@link TrainConfig#patience} checkpoints (then
 * the best parameters are restored), or after {@link TrainConfig#maxEpochs}. A NaN or infinite
 * batch loss throws {@link DivergenceException}.
 *
 * <p>The same seed, data, network and configuration give bit-identical weights and history.
 */
public final class Trainer {

  private static final Logger LOG = System.getLogger(Trainer.class.getName());

  private final TrainConfig config;
  private final List<TrainingListener> listeners;

  /** A trainer with the given settings and listeners. */
  public Trainer(TrainConfig config, TrainingListener... listeners) {
    this.config = config;
    this.listeners = List.of(listeners);
  }

  /**
   * Trains {@code network} in place.
   *
   * @param train training data
   * @param validation validation data, or null to split {@link TrainConfig#validationFraction} off
   *     the training data (or, with fraction 0, to measure the training set itself)
   * @return the network with its history
   * @throws IllegalArgumentException when the data does not fit the network
   * @throws DivergenceException when the loss becomes NaN or infinite
   */
  public TrainResult fit(Network network, Dataset train, Dataset validation) {
    Targets.requireCompatible(network.architecture(), train);
    if (validation != null) {
      Targets.requireCompatible(network.architecture(), validation);
    }
    SplittableRandom random = new SplittableRandom(config.seed());
    Dataset[] split = split(train, validation, random);
    return new Run(network, split[0], split[1], random).execute();
  }

  private Dataset[] split(Dataset train, Dataset validation, SplittableRandom random) {
    if (validation != null || config.validationFraction() == 0) {
      return new Dataset[] {train, validation == null ? train : validation};
    }
    int n = train.rows();
    int held = (int) Math.round(n * config.validationFraction());
    if (held < 1 || held >= n) {
      throw new IllegalArgumentException(
          "validation fraction "
              + config.validationFraction()
              + " of "
              + n
              + " rows leaves "
              + held
              + " for validation and "
              + (n - held)
              + " for training; both need at least 1");
    }
    int[] order = identity(n);
    shuffle(order, random);
    return new Dataset[] {
      train.subset(Arrays.copyOfRange(order, held, n)),
      train.subset(Arrays.copyOfRange(order, 0, held))
    };
  }

  /** The state of one run; keeps {@link #fit} free of loop variables. */
  private final class Run {
    private final Network network;
    private final Dataset train;
    private final Dataset validation;
    private final SplittableRandom random;
    private final Optimizer optimizer;
    private final Monitor monitor;
    private final Workspace ws;
    private final Matrix x;
    private final Matrix y;

    /** Gather buffer for float64 networks; float32 ones gather straight into X. */
    private final float[] buffer;

    private final double[] rowWeights;
    private final int batchSize;
    private final int batchesPerEpoch;
    private final double checkpointSpan;
    private final List<Checkpoint> history = new ArrayList<>();
    private final long start = System.nanoTime();

    private long iteration;
    private long checkpointIndex;
    private long nextCheckpoint;
    private double rate = Double.NaN;
    private double lastFiniteLoss = Double.NaN;
    private double epochLoss;
    private long epochCorrect;
    private long epochSeen;
    private double bestLoss = Double.POSITIVE_INFINITY;
    private int sinceBest;
    private Network best;
    private StopReason stop;

    Run(Network network, Dataset train, Dataset validation, SplittableRandom random) {
      this.network = network;
      this.train = train;
      this.validation = validation;
      this.random = random;
      this.optimizer = config.optimizer().create(network.parameters());
      this.monitor = new Monitor(network);
      this.batchSize = Math.min(config.batchSize(), train.rows());
      this.ws = network.workspace(batchSize);
      if (config.keepProbability() < 1) {
        ws.dropout(config.keepProbability(), random);
      }
      int in = network.architecture().inputs();
      this.x = Matrix.zeros(network.precision(), batchSize, in);
      this.y = Matrix.zeros(network.precision(), batchSize, network.architecture().outputs());
      this.buffer = x instanceof FloatMatrix ? null : new float[batchSize * in];
      this.rowWeights = config.classWeights() == null ? null : new double[batchSize];
      this.batchesPerEpoch = (train.rows() + batchSize - 1) / batchSize;
      this.checkpointSpan = config.checkpointEpochs() * batchesPerEpoch;
      scheduleNextCheckpoint();
    }

    TrainResult execute() {
      int[] order = identity(train.rows());
      for (int epoch = 0; epoch < config.maxEpochs() && stop == null; epoch++) {
        shuffle(order, random);
        epochLoss = 0;
        epochCorrect = 0;
        epochSeen = 0;
        for (int batch = 0; batch < batchesPerEpoch && stop == null; batch++) {
          step(order, epoch, batch);
          if (iteration >= nextCheckpoint) {
            checkpoint();
            scheduleNextCheckpoint();
          }
        }
      }
      if (stop == null) {
        stop = StopReason.MAX_EPOCHS;
        if (history.isEmpty() || history.get(history.size() - 1).iteration() != iteration) {
          checkpoint();
        }
      }
      if (stop == StopReason.EARLY_STOPPED && best != null) {
        network.copyParametersFrom(best);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      return new TrainResult(
          network, history, stop, (double) iteration / batchesPerEpoch, iteration, seconds);
    }

    /**
     * Moves to the first checkpoint k after the current iteration, the k-th falling at iteration
     * round(k · span): rounding each target rather than the stride keeps checkpoints on their epoch
     * fractions, so that 0.5 epochs of 5 batches alternate strides of 3 and 2.
     */
    private void scheduleNextCheckpoint() {
      long k = Math.max(checkpointIndex + 1, (long) (iteration / checkpointSpan));
      while (Math.round(k * checkpointSpan) <= iteration) {
        k++;
      }
      checkpointIndex = k;
      nextCheckpoint = Math.round(k * checkpointSpan);
    }

    private void step(int[] order, int epoch, int batch) {
      updateRate(epoch);
      int from = batch * batchSize;
      int to = Math.min(from + batchSize, order.length);
      gather(order, from, to);
      Targets.fill(train, order, from, to, y);
      double[] weights = fillRowWeights(order, from, to);

      network.forward(x, ws);
      int m = to - from;
      double dataSum = network.architecture().loss().sum(ws.outputScores(), ws.output(), y, null);
      double loss = dataSum / m + network.l2Penalty(config.l2(), m);
      if (!Double.isFinite(loss)) {
        throw new DivergenceException(epoch + 1, batch + 1, loss, lastFiniteLoss, rate);
      }
      lastFiniteLoss = loss;
      accumulate(order, from, to, dataSum);

      network.backward(x, y, weights, config.l2(), ws);
      optimizer.step(network.parameters(), ws.gradients(), rate);
      iteration++;
      for (TrainingListener listener : listeners) {
        listener.onBatch(epoch, batch, batchesPerEpoch);
      }
    }

    /** Loads rows {@code order[from..to)} into X: straight into its array when it is float32. */
    private void gather(int[] order, int from, int to) {
      if (x instanceof FloatMatrix f) {
        f.useRows(to - from);
        train.gatherFeatures(order, from, to, f.array());
      } else {
        train.gatherFeatures(order, from, to, buffer);
        x.loadRows(buffer, to - from);
      }
    }

    private double[] fillRowWeights(int[] order, int from, int to) {
      if (rowWeights == null) {
        return null;
      }
      double[] classWeights = config.classWeights();
      for (int i = from; i < to; i++) {
        rowWeights[i - from] = classWeights[train.label(order[i])];
      }
      return rowWeights;
    }

    /** Adds a batch's data loss {@code Σ ℓ_r} and correct predictions to the epoch's totals. */
    private void accumulate(int[] order, int from, int to, double dataSum) {
      Matrix a = ws.output();
      epochLoss += dataSum;
      epochSeen += to - from;
      if (train.isClassification()) {
        epochCorrect += Monitor.countCorrect(a, train, order, from);
      }
    }

    private void updateRate(int epoch) {
      LearningRateSchedule schedule = config.schedule();
      long t = schedule.unit() == ScheduleUnit.EPOCH ? epoch : iteration;
      double next = schedule.rate(t);
      if (!(next > 0) || Double.isInfinite(next)) {
        throw new IllegalArgumentException(
            "schedule " + schedule.spec() + " gave learning rate " + next + " at step " + t);
      }
      if (next != rate) {
        rate = next;
        LOG.log(Level.DEBUG, "iteration {0}: learning rate {1}", iteration, rate);
        for (TrainingListener listener : listeners) {
          listener.onRateChange(iteration, rate);
        }
      }
    }

    private void checkpoint() {
      Monitor.LossAndAccuracy measured = monitor.measure(validation);
      double trainAccuracy =
          train.isClassification() ? (double) epochCorrect / epochSeen : Double.NaN;
      Checkpoint c =
          new Checkpoint(
              (double) iteration / batchesPerEpoch,
              iteration,
              rate,
              epochLoss / epochSeen,
              trainAccuracy,
              measured.loss(),
              measured.accuracy(),
              (System.nanoTime() - start) / 1e9);
      history.add(c);
      LOG.log(Level.DEBUG, "{0}", c);
      for (TrainingListener listener : listeners) {
        listener.onCheckpoint(c);
      }
      decideStop(measured.loss());
    }

    private void decideStop(double validationLoss) {
      if (config.stopLoss() > 0 && validationLoss <= config.stopLoss()) {
        stop = StopReason.LOSS_REACHED;
        return;
      }
      if (config.patience() == 0) {
        return;
      }
      if (validationLoss < bestLoss) {
        bestLoss = validationLoss;
        sinceBest = 0;
        best = network.copy();
      } else if (++sinceBest >= config.patience()) {
        stop = StopReason.EARLY_STOPPED;
      }
    }
  }

  private static int[] identity(int n) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    return order;
  }

  /** Fisher-Yates shuffle driven by {@code random}. */
  static void shuffle(int[] order, SplittableRandom random) {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
  }
}
