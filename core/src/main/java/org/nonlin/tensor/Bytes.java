package org.nonlin.tensor;

/**
 * Turns 8-bit codes, such as image pixels, into float32 features in bulk, on the same fast loops as
 * the products (the Vector API when present, with identical results without it).
 *
 * <p>Each value is {@code (code & 0xFF) / divisor}: the byte read as unsigned, then one float32
 * division, so the results equal that plain expression bit for bit.
 */
public final class Bytes implements Parallel.Job {

  /** Values from which a gather is shared with the helper thread: it waits on memory, not math. */
  private static final int PARALLEL_VALUES = 1 << 14;

  /** Rows per chunk of a shared gather. */
  private static final int CHUNK_ROWS = 16;

  private static final ThreadLocal<Bytes> LOCAL = ThreadLocal.withInitial(Bytes::new);

  /** Bytes per cache line, the step at which {@link #touch} reads. */
  private static final int LINE = 64;

  /** Where {@link #touch} leaves what it read, so that the JIT cannot drop the reads. */
  private static volatile int sink;

  private byte[] codes;
  private int cols;
  private int[] order;
  private int from;
  private int to;
  private float divisor;
  private float[] out;

  private Bytes() {}

  /**
   * {@code out[to + i] = (codes[from + i] & 0xFF) / divisor} for i in [0, n).
   *
   * @throws IndexOutOfBoundsException when a range leaves its array
   */
  public static void toFloats(byte[] codes, int from, float divisor, float[] out, int to, int n) {
    // Byte features come from image files, large enough to pay for the vector code even though
    // each call converts a single row, often under FloatOps.VECTOR_WORK values.
    FloatOps.instance().decodeBytes(codes, from, divisor, out, to, n);
  }

  /**
   * Decodes the rows {@code order[from..to)} of a row-major code matrix with {@code cols} columns
   * into consecutive rows of {@code out}, on two threads when the rows are many. Rows are picked at
   * random places in a large array, so the time goes into waiting for memory, which two cores
   * overlap.
   *
   * @throws IndexOutOfBoundsException when a row or {@code out} is too short
   */
  public static void gatherRows(
      byte[] codes, int cols, int[] order, int from, int to, float divisor, float[] out) {
    Bytes job = LOCAL.get();
    job.codes = codes;
    job.cols = cols;
    job.order = order;
    job.from = from;
    job.to = to;
    job.divisor = divisor;
    job.out = out;
    int chunks = (to - from + CHUNK_ROWS - 1) / CHUNK_ROWS;
    try {
      if ((long) (to - from) * cols >= PARALLEL_VALUES) {
        Parallel.run(job, chunks);
      } else {
        for (int chunk = 0; chunk < chunks; chunk++) {
          job.run(chunk, 0);
        }
      }
    } finally {
      job.codes = null;
      job.order = null;
      job.out = null;
    }
  }

  /** Rows {@code from + chunk·CHUNK_ROWS} onwards, up to {@link #CHUNK_ROWS} of them. */
  @Override
  public void run(int chunk, int worker) {
    int first = from + chunk * CHUNK_ROWS;
    int last = Math.min(to, first + CHUNK_ROWS);
    touch(first, last);
    for (int i = first; i < last; i++) {
      toFloats(codes, order[i] * cols, divisor, out, (i - from) * cols, cols);
    }
  }

  /**
   * Reads one byte of every cache line of the rows {@code order[first..last)} before any of them is
   * decoded. The rows lie at random places in a large array; read one after the other, each waits
   * out a full trip to memory, while these independent reads travel together, so the decoding that
   * follows finds the rows in the cache.
   */
  private void touch(int first, int last) {
    int seen = 0;
    for (int i = first; i < last; i++) {
      int row = order[i] * cols;
      for (int c = 0; c < cols; c += LINE) {
        seen += codes[row + c];
      }
    }
    sink = seen;
  }
}
