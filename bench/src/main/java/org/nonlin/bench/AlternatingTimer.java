package org.nonlin.bench;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Compares two builds of nonlin in one JVM: each benchmarks jar gets its own class loader, and the
 * {@link Workloads} of the two run alternately, A then B, then B then A, round after round. On a
 * shared machine whose speed drifts by a factor of two from one minute to the next, separate JVMs
 * run minutes apart mostly measure the drift; neighbouring calls in one JVM see the same machine,
 * so the median of the per-round ratios B/A is the figure to read.
 *
 * <pre>
 * java -XX:+UseSerialGC --add-modules jdk.incubator.vector -cp bench/target/benchmarks.jar \
 *     org.nonlin.bench.AlternatingTimer BASE.jar NEW.jar ROUNDS WORKLOAD...
 * </pre>
 *
 * Both jars must contain {@link Workloads} (builds from its first commit on). The first three
 * rounds warm the JIT and are not counted; {@code -Dnonlin.threads} applies to both builds.
 */
public final class AlternatingTimer {

  private static final int WARM_UP = 3;

  private AlternatingTimer() {}

  /**
   * Arguments: jar A, jar B, rounds, then workload names.
   *
   * @throws Throwable when a jar cannot be loaded or a workload fails
   */
  public static void main(String[] args) throws Throwable {
    if (args.length < 4) {
      System.err.println(
          "usage: AlternatingTimer BASE.jar NEW.jar ROUNDS WORKLOAD... (see Workloads)");
      System.exit(2);
    }
    MethodHandle[] timers = {load(Path.of(args[0])), load(Path.of(args[1]))};
    int rounds = Integer.parseInt(args[2]);
    System.out.printf(
        "A = %s, B = %s; %d rounds, ms per run: median (min - max)%n", args[0], args[1], rounds);
    for (String workload : Arrays.copyOfRange(args, 3, args.length)) {
      long[][] nanos = new long[2][rounds];
      for (int round = -WARM_UP; round < rounds; round++) {
        for (int turn = 0; turn < 2; turn++) {
          int build = (round & 1) == 0 ? turn : 1 - turn;
          long t = (long) timers[build].invokeExact(workload);
          if (round >= 0) {
            nanos[build][round] = t;
          }
        }
      }
      double[] ratios = new double[rounds];
      for (int round = 0; round < rounds; round++) {
        ratios[round] = (double) nanos[1][round] / nanos[0][round];
      }
      System.out.printf(
          Locale.ROOT,
          "%-16s A %s  B %s  B/A %s%n",
          workload,
          summary(toMillis(nanos[0])),
          summary(toMillis(nanos[1])),
          summary(ratios));
    }
  }

  /** {@code Workloads.time} of the jar at {@code jar}, loaded apart from every other build. */
  private static MethodHandle load(Path jar) throws ReflectiveOperationException {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalArgumentException(jar + " is not a file; build it with mvn -Pbench package");
    }
    URL url;
    try {
      url = jar.toUri().toURL();
    } catch (java.net.MalformedURLException e) {
      throw new IllegalArgumentException(jar + " has no URL form", e);
    }
    ClassLoader loader = new URLClassLoader(new URL[] {url}, ClassLoader.getPlatformClassLoader());
    Class<?> workloads = loader.loadClass(Workloads.class.getName());
    return MethodHandles.publicLookup()
        .findStatic(workloads, "time", MethodType.methodType(long.class, String.class));
  }

  private static double[] toMillis(long[] nanos) {
    return Arrays.stream(nanos).mapToDouble(t -> t / 1e6).toArray();
  }

  /** Median (min - max) of {@code values}. */
  private static String summary(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    return String.format(Locale.ROOT, "%.3f (%.3f - %.3f)", median, sorted[0], sorted[n - 1]);
  }
}
