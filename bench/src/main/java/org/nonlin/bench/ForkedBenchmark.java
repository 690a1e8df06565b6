package org.nonlin.bench;

import org.nonlin.nn.Architecture;
import org.nonlin.nn.Initializer;
import org.nonlin.nn.Network;
import org.nonlin.tensor.Precision;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What every benchmark here shares: one fresh JVM with the flags nonlin is meant to run with, and
 * the number of kernel threads as a parameter. JMH runs every parameter value in its own JVM, and
 * the kernels read the system property {@code nonlin.threads} only when they first run, after
 * {@link #useThreads}.
 */
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgsAppend = {
      "-XX:+UseSerialGC",
      "-XX:LoopUnrollLimit=250",
      "--add-modules",
      "jdk.incubator.vector"
    })
public abstract class ForkedBenchmark {

  /** Threads the kernels may use: 1 or 2. */
  @Param({"2"})
  public int threads;

  /** The chapter's MNIST network 784-64sigmoid-16tanh-10softmax, Xavier weights from seed 1. */
  static Network chapterNetwork() {
    return Network.create(
        Architecture.parse("784-64sigmoid-16tanh-10softmax"),
        Initializer.XAVIER,
        Precision.FLOAT32,
        1);
  }

  /** Sets {@code nonlin.threads} for this JVM. */
  @Setup(Level.Trial)
  public void useThreads() {
    System.setProperty("nonlin.threads", Integer.toString(threads));
  }
}
