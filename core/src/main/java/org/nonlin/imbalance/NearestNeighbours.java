package org.nonlin.imbalance;

/**
 * Brute-force k nearest (or farthest) neighbours under the Euclidean distance between feature rows.
 *
 * <p>Each query scans the candidate rows once and keeps only a bounded max-heap of its k best, so
 * memory is O(queries · k), never O(queries · candidates). For nearest neighbours the sum of
 * squared differences stops as soon as it exceeds the k-th best so far, which skips part of the
 * work for far candidates. Time is O(queries · candidates · cols): for ADASYN on a set the size of
 * UCI Adult (7,841 minority rows against 32,561 rows) that is 2.6 · 10^8 distances.
 *
 * <p>A row is never its own neighbour. Equal distances are broken by the lower row index, so the
 * result is the same on every run. Features are finite (the data set checks them), so no distance
 * is NaN or infinite.
 */
final class NearestNeighbours {

  private final float[] x;
  private final int cols;

  /**
   * @param x feature rows, row-major; read, not modified
   * @param cols features per row
   */
  NearestNeighbours(float[] x, int cols) {
    this.x = x;
    this.cols = cols;
  }

  /** The k rows of {@code candidates} closest to each query row, nearest first. */
  Neighbours nearest(int[] queries, int[] candidates, int k) {
    return search(queries, candidates, k, 1);
  }

  /** The k rows of {@code candidates} farthest from each query row, farthest first. */
  Neighbours farthest(int[] queries, int[] candidates, int k) {
    return search(queries, candidates, k, -1);
  }

  /**
   * Keeps, per query, the k candidates with the smallest key = sign · squared distance.
   *
   * @throws IllegalArgumentException when a query has fewer than k candidates other than itself
   */
  private Neighbours search(int[] queries, int[] candidates, int k, int sign) {
    int[] rows = new int[queries.length * k];
    double[] distances = new double[queries.length * k];
    BoundedHeap heap = new BoundedHeap(k);
    for (int q = 0; q < queries.length; q++) {
      int query = queries[q];
      heap.clear();
      for (int candidate : candidates) {
        if (candidate == query) {
          continue;
        }
        double limit = sign > 0 && heap.isFull() ? heap.worstKey() : Double.POSITIVE_INFINITY;
        heap.offer(sign * squaredDistance(query, candidate, limit), candidate);
      }
      if (!heap.isFull()) {
        throw new IllegalArgumentException(
            "row " + query + " has " + heap.size() + " candidate neighbours, fewer than k = " + k);
      }

      // Popping the heap yields the worst first, so fill each query's slots from the back.
      for (int j = k - 1; j >= 0; j--) {
        rows[q * k + j] = heap.worstRow();
        distances[q * k + j] = Math.sqrt(sign * heap.worstKey());
        heap.pop();
      }
    }
    return new Neighbours(k, rows, distances);
  }

  /**
   * Sum of squared feature differences, or a partial sum above {@code limit} once it exceeds it.
   * Four columns are added per step, in pairs, so that fewer additions wait on each other.
   */
  private double squaredDistance(int a, int b, double limit) {
    int offsetA = a * cols;
    int offsetB = b * cols;
    double sum = 0;
    int c = 0;
    for (; c + 4 <= cols; c += 4) {
      double d0 = (double) x[offsetA + c] - x[offsetB + c];
      double d1 = (double) x[offsetA + c + 1] - x[offsetB + c + 1];
      double d2 = (double) x[offsetA + c + 2] - x[offsetB + c + 2];
      double d3 = (double) x[offsetA + c + 3] - x[offsetB + c + 3];
      sum += (d0 * d0 + d1 * d1) + (d2 * d2 + d3 * d3);
      if (sum > limit) {
        return sum;
      }
    }
    for (; c < cols; c++) {
      double d = (double) x[offsetA + c] - x[offsetB + c];
      sum += d * d;
    }
    return sum;
  }

  /**
   * The neighbours of each query, k per query: slot j of query q holds {@code row(q, j)} at
   * Euclidean distance {@code distance(q, j)}, best first. Internal: the arrays are not copied.
   */
  static final class Neighbours {

    private final int k;
    private final int[] rows;
    private final double[] distances;

    private Neighbours(int k, int[] rows, double[] distances) {
      this.k = k;
      this.rows = rows;
      this.distances = distances;
    }

    int k() {
      return k;
    }

    int row(int query, int j) {
      return rows[query * k + j];
    }

    double distance(int query, int j) {
      return distances[query * k + j];
    }

    /** The mean distance from a query to its k neighbours. */
    double meanDistance(int query) {
      double sum = 0;
      for (int j = 0; j < k; j++) {
        sum += distances[query * k + j];
      }
      return sum / k;
    }
  }

  /**
   * A max-heap of at most k (key, row) pairs ordered by key, then row: the root is the worst pair
   * kept, the one a better candidate replaces.
   */
  private static final class BoundedHeap {

    private final double[] keys;
    private final int[] rows;
    private int size;

    BoundedHeap(int k) {
      keys = new double[k];
      rows = new int[k];
    }

    void clear() {
      size = 0;
    }

    int size() {
      return size;
    }

    boolean isFull() {
      return size == keys.length;
    }

    double worstKey() {
      return keys[0];
    }

    int worstRow() {
      return rows[0];
    }

    void offer(double key, int row) {
      if (size < keys.length) {
        keys[size] = key;
        rows[size] = row;
        siftUp(size++);
      } else if (after(keys[0], rows[0], key, row)) {
        keys[0] = key;
        rows[0] = row;
        siftDown(0);
      }
    }

    void pop() {
      size--;
      keys[0] = keys[size];
      rows[0] = rows[size];
      siftDown(0);
    }

    private void siftUp(int i) {
      while (i > 0) {
        int parent = (i - 1) / 2;
        if (!after(keys[i], rows[i], keys[parent], rows[parent])) {
          return;
        }
        swap(i, parent);
        i = parent;
      }
    }

    private void siftDown(int i) {
      while (true) {
        int largest = i;
        for (int child = 2 * i + 1; child <= 2 * i + 2 && child < size; child++) {
          if (after(keys[child], rows[child], keys[largest], rows[largest])) {
            largest = child;
          }
        }
        if (largest == i) {
          return;
        }
        swap(i, largest);
        i = largest;
      }
    }

    private void swap(int i, int j) {
      double key = keys[i];
      keys[i] = keys[j];
      keys[j] = key;
      int row = rows[i];
      rows[i] = rows[j];
      rows[j] = row;
    }

    /** True when pair a ranks after (is worse than) pair b. */
    private static boolean after(double keyA, int rowA, double keyB, int rowB) {
      return keyA > keyB || (keyA == keyB && rowA > rowB);
    }
  }
}
