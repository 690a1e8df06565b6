package org.nonlin.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.nonlin.data.Dataset;
import org.nonlin.data.Split;
import org.nonlin.data.io.ColumnKind;
import org.nonlin.data.io.ColumnRef;
import org.nonlin.data.io.CsvOptions;
import org.nonlin.data.io.CsvReader;
import org.nonlin.data.io.CsvTable;
import org.nonlin.data.io.TableEncoding;
import org.nonlin.model.Model;

/**
 * CSV files on the command line: the training file fits a {@link TableEncoding} (column kinds,
 * categories, imputation values, class names), which then encodes the test file and is stored in
 * the model so that predict and evaluate encode new rows the same way.
 */
final class CsvSources {

  private CsvSources() {}

  static Loaded forTraining(Path train, Path test, DataOptions csv) throws IOException {
    CsvReader reader = new CsvReader(options(csv));
    CsvTable table = reader.read(train);
    Dataset testPart = test == null ? null : reader.read(test, table.encoding()).dataset();
    return new Loaded(
        new Split(table.dataset(), testPart), table.encoding().toMap(), train.toString());
  }

  /** Labelled rows encoded with the model's encoding. */
  static Dataset labelled(Model model, Path file, DataOptions csv) throws IOException {
    return new CsvReader(options(csv)).read(file, encoding(model)).dataset();
  }

  /** Feature rows encoded with the model's encoding; the label column may be absent. */
  static float[] features(Model model, Path file, DataOptions csv) throws IOException {
    return new CsvReader(options(csv)).readFeatures(file, encoding(model));
  }

  /** A CSV file read on its own, for data a model without an encoding scores. */
  static Dataset readStandalone(Path file, DataOptions csv) throws IOException {
    return new CsvReader(options(csv)).read(file).dataset();
  }

  private static TableEncoding encoding(Model model) {
    return TableEncoding.fromMap(model.encoding());
  }

  private static void declare(CsvOptions.Builder b, List<String> columns, ColumnKind kind) {
    if (columns != null) {
      for (String column : columns) {
        b.columnKind(ColumnRef.parse(column), kind);
      }
    }
  }

  static CsvOptions options(DataOptions csv) {
    CsvOptions.Builder b = CsvOptions.builder();
    if (csv.label != null) {
      b.label(ColumnRef.parse(csv.label));
    }
    declare(b, csv.numeric, ColumnKind.NUMERIC);
    declare(b, csv.categorical, ColumnKind.CATEGORICAL);
    switch (csv.header.trim().toLowerCase(Locale.ROOT)) {
      case "yes":
        b.header(CsvOptions.Header.PRESENT);
        break;
      case "no":
        b.header(CsvOptions.Header.ABSENT);
        break;
      case "auto":
        b.header(CsvOptions.Header.AUTO);
        break;
      default:
        throw new UserError(
            "--header '" + csv.header + "' is not known", "use --header yes, no or auto");
    }
    switch (csv.missing.trim().toLowerCase(Locale.ROOT)) {
      case "drop":
        b.missing(CsvOptions.Missing.DROP_ROWS);
        break;
      case "impute":
        b.missing(CsvOptions.Missing.IMPUTE);
        break;
      default:
        throw new UserError(
            "--missing '" + csv.missing + "' is not known", "use --missing drop or impute");
    }
    return b.build();
  }
}
