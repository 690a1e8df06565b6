package org.nonlin.data.io;

import org.nonlin.data.Dataset;

/**
 * A table read by {@link CsvReader}: the encoded data set, the encoding that produced it, and what
 * happened to the rows on the way.
 *
 * @param dataset the encoded rows
 * @param encoding the encoding fitted on this table, or the one it was read with
 * @param sourceRows data rows in the file (header, blank and comment lines not counted)
 * @param droppedRows rows left out: without a label, or with a missing feature under {@link
 *     CsvOptions.Missing#DROP_ROWS}
 * @param imputedValues missing feature values replaced under {@link CsvOptions.Missing#IMPUTE}
 */
public record CsvTable(
    Dataset dataset,
    TableEncoding encoding,
    long sourceRows,
    long droppedRows,
    long imputedValues) {

  /** Checks that the counts add up. */
  public CsvTable {
    if (dataset == null || encoding == null) {
      throw new IllegalArgumentException("dataset and encoding must not be null");
    }
    if (droppedRows < 0 || imputedValues < 0 || sourceRows != dataset.rows() + droppedRows) {
      throw new IllegalArgumentException(
          "source rows "
              + sourceRows
              + " must be the "
              + dataset.rows()
              + " encoded plus "
              + droppedRows
              + " dropped rows");
    }
  }
}
