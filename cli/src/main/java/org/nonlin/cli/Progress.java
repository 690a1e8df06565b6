package org.nonlin.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.nonlin.train.Checkpoint;
import org.nonlin.train.TrainingListener;

/**
 * Shows training progress on standard error: on a terminal, a bar redrawn in place with the epoch,
 * the running loss and accuracy, and the rate in samples per second; elsewhere (a pipe, a file, a
 * test), plain checkpoint lines, at most one a second plus the last (the history CSV has them all).
 */
final class Progress implements TrainingListener {

  private static final long REDRAW_NANOS = 100_000_000L;
  private static final int BAR_WIDTH = 24;

  private final PrintWriter err;
  private final boolean terminal;
  private final int maxEpochs;
  private final int batchSize;
  private final long start = System.nanoTime();
  private long lastDraw;
  private long lastLine;
  private boolean printedAny;
  private boolean lastPrinted = true;
  private long batches;
  private Checkpoint last;

  Progress(PrintWriter err, boolean terminal, int maxEpochs, int batchSize) {
    this.err = err;
    this.terminal = terminal;
    this.maxEpochs = maxEpochs;
    this.batchSize = batchSize;
  }

  /** True when standard error is a terminal that can redraw a line. */
  static boolean attachedToTerminal() {
    return System.console() != null && System.getenv("TERM") != null;
  }

  @Override
  public void onBatch(int epoch, int batch, int batchesPerEpoch) {
    batches++;
    if (!terminal) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastDraw < REDRAW_NANOS && batch + 1 < batchesPerEpoch) {
      return;
    }
    lastDraw = now;
    double done = (epoch + (batch + 1.0) / batchesPerEpoch) / maxEpochs;
    int filled = (int) Math.round(done * BAR_WIDTH);
    String bar = "#".repeat(filled) + ".".repeat(Math.max(0, BAR_WIDTH - filled));
    double seconds = (now - start) / 1e9;
    String figures =
        last == null
            ? ""
            : String.format(
                Locale.ROOT, "  loss %.4f  acc %.4f", last.trainLoss(), last.trainAccuracy());
    err.print(
        String.format(
            Locale.ROOT,
            "\repoch %d/%d [%s]%s  %,.0f samples/s ",
            epoch + 1,
            maxEpochs,
            bar,
            figures,
            batches * batchSize / Math.max(seconds, 1e-9)));
    err.flush();
  }

  @Override
  public void onCheckpoint(Checkpoint c) {
    last = c;
    if (terminal) {
      return;
    }
    long now = System.nanoTime();
    lastPrinted = !printedAny || now - lastLine >= 1_000_000_000L;
    if (lastPrinted) {
      printedAny = true;
      lastLine = now;
      err.println(line(c));
      err.flush();
    }
  }

  /** Ends the bar's line so that later output starts on a fresh one. */
  void finish() {
    if (terminal) {
      err.println();
    } else if (!lastPrinted && last != null) {
      err.println(line(last));
    }
    err.flush();
  }

  static String line(Checkpoint c) {
    return String.format(
        Locale.ROOT,
        "epoch %.2f  iteration %d  lr %.6g  loss %.6f  accuracy %.4f  val_loss %.6f"
            + "  val_accuracy %.4f",
        c.epoch(),
        c.iteration(),
        c.learningRate(),
        c.trainLoss(),
        c.trainAccuracy(),
        c.validationLoss(),
        c.validationAccuracy());
  }
}
