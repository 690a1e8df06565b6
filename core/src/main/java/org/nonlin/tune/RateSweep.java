package org.nonlin.tune;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nonlin.io.Decimals;

/**
 * The rising learning rates of a range test (Leslie N. Smith, "Cyclical Learning Rates for Training
 * Neural Networks", 2015): the rate of gradient step t = 0, 1, ..., {@link #steps()} − 1. Every
 * sweep rises from {@link #start()} to at most {@link #end()}.
 *
 * <p>Three kinds, each with a text form that {@link #parse} reads back to an equal sweep:
 *
 * <pre>
 * exp(start,end,steps)        η_t = start · (end / start)^(t / (steps − 1))     {@link Continuous}
 * linear(start,end,steps)     η_t = start + (end − start) · t / (steps − 1)     {@link Continuous}
 * piecewise(start,end,hold)   1·10^d, 2·10^d, ..., 9·10^d, 1·10^(d+1), ...      {@link Piecewise}
 *                             from start up to end, each held for hold steps
 * </pre>
 *
 * <p>Implementations are immutable and checked when built, so {@link #rate} never throws for a step
 * in range and returns a finite rate {@code > 0}.
 */
public sealed interface RateSweep {

  /** Default first rate of a sweep, 1e-5, as the chapter suggests. */
  double DEFAULT_START = 1e-5;

  /** Default last rate of a sweep, 10. */
  double DEFAULT_END = 10;

  /** Default number of steps of the exponential and linear sweeps. */
  int DEFAULT_STEPS = 100;

  /** Default number of steps the piecewise sweep holds each rate for. */
  int DEFAULT_HOLD = 10;

  /** The rate of the first step. */
  double start();

  /** The highest rate the sweep may reach; the last rate is at most this. */
  double end();

  /** Number of gradient steps in the whole sweep. */
  int steps();

  /** Number of consecutive steps that share one rate: 1 for the continuous sweeps. */
  int hold();

  /**
   * The rate of step {@code step}.
   *
   * @param step in {@code [0, steps())}; other steps are a caller error and are not checked
   */
  double rate(int step);

  /** The text form, e.g. {@code exp(1.0E-5,10.0,100)}; see the class comment. */
  String spec();

  /** {@code exp(start,end,steps)}: equal ratios between consecutive rates. */
  static RateSweep exponential(double start, double end, int steps) {
    return new Continuous(Continuous.Spacing.EXPONENTIAL, start, end, steps);
  }

  /** {@code linear(start,end,steps)}: equal differences between consecutive rates. */
  static RateSweep linear(double start, double end, int steps) {
    return new Continuous(Continuous.Spacing.LINEAR, start, end, steps);
  }

  /** {@code piecewise(start,end,hold)}: the chapter's decade-by-decade grid. */
  static RateSweep piecewise(double start, double end, int hold) {
    return new Piecewise(start, end, hold);
  }

  /**
   * Reads the text form of the class comment; spaces around arguments are allowed.
   *
   * @throws IllegalArgumentException naming the text and the accepted forms, or the parameter that
   *     is out of range
   */
  public static RateSweep parse(String text) {
    Matcher m = Pattern.compile("\\s*(\\w+)\\s*\\(([^()]*)\\)\\s*").matcher(text);
    String[] args = m.matches() ? m.group(2).split(",", -1) : new String[0];
    if (args.length != 3) {
      throw new IllegalArgumentException(
          "rate sweep '"
              + text
              + "' is not one of exp(start,end,steps), linear(start,end,steps),"
              + " piecewise(start,end,hold)");
    }
    double start = number("start", args[0], text);
    double end = number("end", args[1], text);
    double whole = number("steps", args[2], text);
    if (whole != Math.rint(whole)) {
      throw new IllegalArgumentException(
          "steps '" + args[2].strip() + "' in rate sweep '" + text + "' must be a whole number");
    }
    int count = (int) Math.min(Integer.MAX_VALUE, whole);
    return switch (m.group(1)) {
      case "exp" -> exponential(start, end, count);
      case "linear" -> linear(start, end, count);
      case "piecewise" -> piecewise(start, end, count);
      default ->
          throw new IllegalArgumentException(
              "rate sweep kind '"
                  + m.group(1)
                  + "' in '"
                  + text
                  + "' must be exp, linear or piecewise");
    };
  }

  private static double number(String name, String arg, String text) {
    try {
      return Double.parseDouble(arg.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          name + " '" + arg.strip() + "' in rate sweep '" + text + "' is not a number", e);
    }
  }

  private static void checkRange(double start, double end) {
    if (!(start > 0) || !Double.isFinite(start)) {
      throw new IllegalArgumentException("sweep start " + start + " must be finite and > 0");
    }
    if (!(end > start) || !Double.isFinite(end)) {
      throw new IllegalArgumentException(
          "sweep end " + end + " must be finite and > the start " + start);
    }
  }

  private static void checkCount(String name, int count, int min) {
    if (count < min) {
      throw new IllegalArgumentException("sweep " + name + " " + count + " must be >= " + min);
    }
  }

  private static String spec(String kind, double start, double end, int count) {
    return kind + "(" + Decimals.format(start) + "," + Decimals.format(end) + "," + count + ")";
  }

  /**
   * A sweep whose rate changes at every step, ending exactly at {@code end}: equally spaced on a
   * log axis ({@link Spacing#EXPONENTIAL}) or on a linear one ({@link Spacing#LINEAR}).
   *
   * @param spacing how consecutive rates differ
   * @param start first rate, finite and {@code > 0}
   * @param end last rate, finite and {@code > start}
   * @param steps number of steps, at least 2
   */
  record Continuous(Spacing spacing, double start, double end, int steps) implements RateSweep {

    /** How the rates of a continuous sweep are spaced. */
    public enum Spacing {
      /** {@code η_t = start · (end / start)^(t / (steps − 1))}: equal ratios. */
      EXPONENTIAL,
      /** {@code η_t = start + (end − start) · t / (steps − 1)}: equal differences. */
      LINEAR
    }

    /** Checks the parameters. */
    public Continuous {
      Objects.requireNonNull(spacing, "spacing");
      checkRange(start, end);
      checkCount("steps", steps, 2);
    }

    @Override
    public int hold() {
      return 1;
    }

    @Override
    public double rate(int step) {
      if (step == steps - 1) {
        return end;
      }
      double fraction = (double) step / (steps - 1);
      return spacing == Spacing.EXPONENTIAL
          ? start * Math.pow(end / start, fraction)
          : start + (end - start) * fraction;
    }

    @Override
    public String spec() {
      return RateSweep.spec(spacing == Spacing.EXPONENTIAL ? "exp" : "linear", start, end, steps);
    }
  }

  /**
   * The chapter's piecewise grid: every rate {@code m·10^d} (m = 1..9, d whole) from {@code start}
   * up to {@code end}, in increasing order, each held for {@code hold} steps. For example {@code
   * piecewise(1e-4,1,10)} holds 0.0001, 0.0002, ..., 0.0009, 0.001, ..., 0.009, 0.01, ..., 0.9, 1
   * for 10 steps each, 37 rates and 370 steps in all. Each rate is the double nearest to its
   * decimal, so 0.0003 is 0.0003 and not 3 · 0.0001.
   *
   * @param start first rate, a single significant digit such as 1e-4 or 3e-3
   * @param end finite and {@code > start}; the last rate is the largest {@code m·10^d <= end}
   * @param hold steps per rate, at least 1
   */
  record Piecewise(double start, double end, int hold) implements RateSweep {

    /** Checks the parameters. */
    public Piecewise {
      checkRange(start, end);
      checkCount("hold", hold, 1);
      if (new BigDecimal(Double.toString(start)).stripTrailingZeros().precision() != 1) {
        throw new IllegalArgumentException(
            "piecewise sweep start " + start + " must have one significant digit, e.g. 1e-4");
      }
      if ((long) (gridIndex(end) - gridIndex(start) + 1) * hold > Integer.MAX_VALUE) {
        throw new IllegalArgumentException(
            "piecewise sweep from " + start + " to " + end + " holding " + hold + " is too long");
      }
    }

    /** Number of distinct rates: ({@code index(end) − index(start) + 1}). */
    public int rateCount() {
      return gridIndex(end) - gridIndex(start) + 1;
    }

    @Override
    public int steps() {
      return rateCount() * hold;
    }

    @Override
    public double rate(int step) {
      int g = gridIndex(start) + step / hold;
      int decade = Math.floorDiv(g, 9);
      int digit = Math.floorMod(g, 9) + 1;
      return Double.parseDouble(digit + "e" + decade);
    }

    @Override
    public String spec() {
      return RateSweep.spec("piecewise", start, end, hold);
    }

    /** The position 9·d + m − 1 of the largest grid rate m·10^d not above {@code value}. */
    private static int gridIndex(double value) {
      BigDecimal v = new BigDecimal(Double.toString(value));
      int decade = v.precision() - v.scale() - 1;
      int digit = v.scaleByPowerOfTen(-decade).intValue();
      return 9 * decade + digit - 1;
    }
  }
}
