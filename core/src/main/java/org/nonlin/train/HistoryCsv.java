package org.nonlin.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.nonlin.io.AtomicFiles;
import org.nonlin.io.Decimals;

/**
 * Writes a training history as CSV with the header {@code
 * epoch,iteration,learning_rate,train_loss,train_accuracy,val_loss,val_accuracy,seconds}; NaN
 * (accuracy of a regression) is written as an empty field. The write is atomic.
 */
public final class HistoryCsv {

  /** The header line. */
  public static final String HEADER =
      "epoch,iteration,learning_rate,train_loss,train_accuracy,val_loss,val_accuracy,seconds";

  private HistoryCsv() {}

  /** The CSV text of {@code history}, header first, one line per checkpoint. */
  public static String format(List<Checkpoint> history) {
    StringBuilder sb = new StringBuilder(HEADER).append('\n');
    for (Checkpoint c : history) {
      sb.append(number(c.epoch()))
          .append(',')
          .append(c.iteration())
          .append(',')
          .append(number(c.learningRate()))
          .append(',')
          .append(number(c.trainLoss()))
          .append(',')
          .append(number(c.trainAccuracy()))
          .append(',')
          .append(number(c.validationLoss()))
          .append(',')
          .append(number(c.validationAccuracy()))
          .append(',')
          .append(number(c.elapsedSeconds()))
          .append('\n');
    }
    return sb.toString();
  }

  /** Writes {@link #format} to {@code file} atomically. */
  public static void write(List<Checkpoint> history, Path file) throws IOException {
    AtomicFiles.writeBytes(file, format(history).getBytes(StandardCharsets.UTF_8));
  }

  private static String number(double value) {
    return Double.isFinite(value) ? Decimals.format(value) : "";
  }
}
