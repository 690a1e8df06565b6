package org.nonlin.data.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nonlin.io.DataFormatException;

/**
 * Reads CSV tables (comma, semicolon or tab separated; plain or gzip-compressed; UTF-8) into data
 * sets, under {@link CsvOptions}.
 *
 * <p>{@link #read(Path)} fits a {@link TableEncoding} on the file and encodes it: a first pass
 * finds the column kinds, categories, means, most frequent categories and classes, a second pass
 * encodes the rows straight into the feature matrix, so no table of strings is ever held. {@link
 * #read(Path, TableEncoding)} encodes a file with an encoding fitted before (for evaluation), in
 * one pass.
 *
 * <p>Bad input is a {@link DataFormatException} naming the file, the 1-based line, the column and
 * the value, with a hint: a missing or empty file, a row with another number of fields than the
 * first, text in a column declared numeric, NaN or infinity, an unknown label column, a single
 * class, a label not seen in training.
 *
 * <p>UCI Adult ({@code adult.data}, {@code adult.test}) reads with the defaults: the separator is
 * detected as ',', fields are trimmed of the space after each comma, {@code ?} is missing, the
 * blank last line and the first line {@code |1x3 Cross validator} of the original test file are
 * skipped, and {@code >50K.} is the class {@code >50K}.
 */
public final class CsvReader {

  private final CsvOptions options;

  /** A reader with the given options. */
  public CsvReader(CsvOptions options) {
    if (options == null) {
      throw new IllegalArgumentException("options must not be null; use CsvOptions.DEFAULTS");
    }
    this.options = options;
  }

  /** The options this reader reads with. */
  public CsvOptions options() {
    return options;
  }

  /**
   * Reads a training table: fits an encoding on it and encodes its rows.
   *
   * @throws DataFormatException naming file, line, column and value for bad input
   * @throws IOException when the file cannot be read
   */
  public CsvTable read(Path file) throws IOException {
    CsvLayout layout = CsvLayout.detect(file, options);
    int labelColumn = options.label().resolve(layout.columnNames(), file, "label column");
    TableFitter fitter =
        new TableFitter(
            file, options, layout, labelColumn, declaredKinds(layout, labelColumn, file));
    try (CsvRecords records = openData(file, layout)) {
      while (records.next()) {
        checkWidth(records, layout, file);
        fitter.add(records.fields(), records.line());
      }
    }
    if (fitter.rows() == 0) {
      throw noRows(file);
    }
    return encode(file, layout, fitter.finish(), fitter.rows());
  }

  /**
   * Reads a table with an encoding fitted before, e.g. a test set with the training set's encoding:
   * same columns, same features, same classes. Missing tokens and label-dot stripping are the
   * encoding's; separator, header, comments and the missing-value policy are this reader's.
   *
   * @throws DataFormatException as {@link #read(Path)}, and when the columns differ from the
   *     encoding's or a label was not seen in training
   */
  public CsvTable read(Path file, TableEncoding encoding) throws IOException {
    CsvLayout layout = CsvLayout.detect(file, options);
    checkColumns(layout, encoding, file, false);
    return encode(file, layout, encoding, -1);
  }

  /**
   * Reads the features of a table for prediction, with an encoding fitted before. The label column
   * may be left out; when present it is not read, so unknown or missing labels do no harm. Missing
   * features are always imputed, whatever this reader's missing-value policy, so that row i of the
   * result is data row i of the file.
   *
   * @return the features row-major, {@link TableEncoding#width()} per row; empty for a table with a
   *     header and no rows
   * @throws DataFormatException as {@link #read(Path, TableEncoding)}
   */
  public float[] readFeatures(Path file, TableEncoding encoding) throws IOException {
    CsvLayout layout = CsvLayout.detect(file, options);
    checkColumns(layout, encoding, file, true);
    EncodedRows rows = new EncodedRows(encoding, -1, false, file);
    try (CsvRecords records = openData(file, layout)) {
      while (records.next()) {
        checkWidth(records, layout, file);
        try {
          rows.add(records.fields(), records.size());
        } catch (DataFormatException e) {
          throw e.at(file, records.line());
        }
      }
    }
    return rows.features();
  }

  private ColumnKind[] declaredKinds(CsvLayout layout, int labelColumn, Path file) {
    ColumnKind[] kinds = new ColumnKind[layout.columns()];
    for (Map.Entry<ColumnRef, ColumnKind> entry : options.columnKinds().entrySet()) {
      int c = entry.getKey().resolve(layout.columnNames(), file, "declared column");
      if (c == labelColumn) {
        throw new DataFormatException(
            file,
            0,
            layout.columnNames().get(c),
            null,
            "column '"
                + layout.columnNames().get(c)
                + "' is the label column and cannot be"
                + " declared "
                + entry.getValue().jsonName(),
            "declare only feature columns");
      }
      kinds[c] = entry.getValue();
    }
    return kinds;
  }

  /**
   * Checks that a table has the encoding's columns, or all but the label column when {@code
   * unlabelledAllowed}, with the same names when the table has a header and the encoding's names
   * are not generated ones.
   *
   * @return whether the table has the label column
   */
  private static boolean checkColumns(
      CsvLayout layout, TableEncoding encoding, Path file, boolean unlabelledAllowed) {
    List<String> expected = new ArrayList<>(encoding.columnNames());
    boolean generated = expected.equals(generatedNames(expected.size()));
    boolean labelled = layout.columns() == expected.size();
    if (!labelled && unlabelledAllowed && layout.columns() == expected.size() - 1) {
      expected.remove(encoding.labelColumn());
    } else if (!labelled) {
      throw new DataFormatException(
          file,
          0,
          null,
          null,
          "has "
              + layout.columns()
              + " columns but the encoding was fitted on "
              + expected.size()
              + " columns "
              + expected,
          "give a table with the training table's columns in the same order");
    }
    for (int c = 0; layout.header() && !generated && c < expected.size(); c++) {
      String name = layout.columnNames().get(c);
      if (!name.equals(expected.get(c))) {
        throw new DataFormatException(
            file,
            1,
            name,
            name,
            "column "
                + (c + 1)
                + " is '"
                + name
                + "' but the encoding expects '"
                + expected.get(c)
                + "' there",
            "give the columns in the training table's order");
      }
    }
    return labelled;
  }

  /** The names {@link CsvLayout} gives columns of a table without header: col1, col2, ... */
  private static List<String> generatedNames(int count) {
    List<String> names = new ArrayList<>(count);
    for (int c = 0; c < count; c++) {
      names.add("col" + (c + 1));
    }
    return names;
  }

  private CsvRecords openData(Path file, CsvLayout layout) throws IOException {
    CsvRecords records = CsvRecords.open(file, layout.separator(), options.commentPrefixes());
    if (layout.header()) {
      records.next();
    }
    return records;
  }

  private static void checkWidth(CsvRecords records, CsvLayout layout, Path file) {
    if (records.size() != layout.columns()) {
      String separator = layout.separator() == '\t' ? "tab" : "'" + layout.separator() + "'";
      throw new DataFormatException(
          file,
          records.line(),
          null,
          null,
          "row has "
              + records.size()
              + " fields but the "
              + (layout.header() ? "header" : "first row")
              + " has "
              + layout.columns(),
          "check the separator (" + separator + ") and quote fields that contain it");
    }
  }

  private static DataFormatException noRows(Path file) {
    return new DataFormatException(
        file,
        "no rows left to read: every row lacks its label or, when dropping, a feature",
        "impute missing values instead of dropping rows, or check the label column");
  }

  private CsvTable encode(Path file, CsvLayout layout, TableEncoding encoding, long expectedRows)
      throws IOException {
    EncodedRows rows = new EncodedRows(encoding, expectedRows, true, file);
    boolean dropRows = options.missing() == CsvOptions.Missing.DROP_ROWS;
    long source = 0;
    long dropped = 0;
    long imputed = 0;
    try (CsvRecords records = openData(file, layout)) {
      while (records.next()) {
        checkWidth(records, layout, file);
        source++;
        String[] fields = records.fields();
        if (encoding.isMissing(fields[encoding.labelColumn()])
            || (dropRows && encoding.hasMissingFeature(fields, records.size()))) {
          dropped++;
          continue;
        }
        try {
          imputed += rows.add(fields, records.size());
        } catch (DataFormatException e) {
          throw e.at(file, records.line());
        }
      }
    }
    if (rows.count() == 0) {
      throw noRows(file);
    }
    return new CsvTable(rows.dataset(), encoding, source, dropped, imputed);
  }
}
