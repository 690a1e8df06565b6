package org.nonlin.data.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nonlin.io.DataFormatException;
import org.nonlin.io.InputFiles;

/**
 * The shape of a CSV file found by looking at its first lines: the separator, whether the first
 * record is a header, and the column names.
 */
record CsvLayout(char separator, boolean header, List<String> columnNames) {

  private static final String CANDIDATES = ",;\t";
  private static final int SNIFF_LINES = 50;
  private static final int HEADER_SAMPLE = 100;

  CsvLayout {
    columnNames = List.copyOf(columnNames);
  }

  int columns() {
    return columnNames.size();
  }

  /**
   * Finds the layout of a file under the given options.
   *
   * @throws DataFormatException when the file is missing, empty or has no separator
   */
  static CsvLayout detect(Path file, CsvOptions options) throws IOException {
    InputFiles.requireFile(file);
    if (Files.size(file) == 0) {
      throw new DataFormatException(file, "file is empty", "give a file with data rows");
    }
    char separator = options.separator();
    if (separator == CsvOptions.AUTO_SEPARATOR) {
      separator = sniffSeparator(file, options.commentPrefixes());
    }
    List<String[]> sample = new ArrayList<>();
    try (CsvRecords records = CsvRecords.open(file, separator, options.commentPrefixes())) {
      while (sample.size() <= HEADER_SAMPLE && records.next()) {
        sample.add(records.copy());
      }
    }
    if (sample.isEmpty()) {
      throw noRecords(file);
    }
    boolean header = hasHeader(sample, options);
    return new CsvLayout(separator, header, columnNames(sample.get(0), header, options, file));
  }

  /**
   * The candidate that splits the first lines into the same number of fields, the most fields if
   * several do; else the one splitting the first line most often.
   */
  private static char sniffSeparator(Path file, String commentPrefixes) throws IOException {
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(InputFiles.open(file), StandardCharsets.UTF_8))) {
      String line;
      while (lines.size() < SNIFF_LINES && (line = reader.readLine()) != null) {
        if (!CsvRecords.isSkipped(line, commentPrefixes)) {
          lines.add(line);
        }
      }
    }
    if (lines.isEmpty()) {
      throw noRecords(file);
    }
    char best = 0;
    int bestScore = 0;
    for (char candidate : CANDIDATES.toCharArray()) {
      int first = countOutsideQuotes(lines.get(0), candidate);
      boolean consistent = first > 0;
      for (String line : lines) {
        consistent &= countOutsideQuotes(line, candidate) == first;
      }
      int score = consistent ? first + 1_000_000 : first;
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    if (best == 0) {
      throw new DataFormatException(
          file,
          0,
          null,
          null,
          "found no separator (',', ';' or tab) in the first lines",
          "give the separator explicitly; a table needs at least a feature and a label column");
    }
    return best;
  }

  private static DataFormatException noRecords(Path file) {
    return new DataFormatException(
        file, "file holds no data rows, only blank or comment lines", "give a file with data rows");
  }

  private static int countOutsideQuotes(String line, char separator) {
    int count = 0;
    boolean inQuotes = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        inQuotes = !inQuotes;
      } else if (c == separator && !inQuotes) {
        count++;
      }
    }
    return count;
  }

  private static boolean hasHeader(List<String[]> sample, CsvOptions options) {
    if (options.header() != CsvOptions.Header.AUTO) {
      return options.header() == CsvOptions.Header.PRESENT;
    }
    String[] first = sample.get(0);
    for (int c = 0; c < first.length; c++) {
      if (isText(first[c], options) && numericElsewhere(sample, c, options)) {
        return true;
      }
    }
    return false;
  }

  /** True when most non-missing values of the column below the first row are numbers. */
  private static boolean numericElsewhere(List<String[]> sample, int column, CsvOptions options) {
    int numbers = 0;
    int texts = 0;
    for (int r = 1; r < sample.size(); r++) {
      String[] row = sample.get(r);
      if (column < row.length && !options.missingTokens().contains(row[column])) {
        if (isText(row[column], options)) {
          texts++;
        } else {
          numbers++;
        }
      }
    }
    return numbers > texts;
  }

  /** Not missing and not a number; NaN and infinity count as numbers (misplaced, not text). */
  private static boolean isText(String value, CsvOptions options) {
    return !options.missingTokens().contains(value) && !Cells.isNumberLike(value);
  }

  private static List<String> columnNames(
      String[] first, boolean header, CsvOptions options, Path file) {
    if (!options.columnNames().isEmpty()) {
      if (options.columnNames().size() != first.length) {
        throw new DataFormatException(
            file,
            0,
            null,
            null,
            options.columnNames().size()
                + " column names given for a table of "
                + first.length
                + " columns",
            "give one name per column, the label column included");
      }
      return options.columnNames();
    }
    List<String> names = new ArrayList<>(first.length);
    for (int c = 0; c < first.length; c++) {
      names.add(header && !first[c].isEmpty() ? first[c] : "col" + (c + 1));
    }
    return names;
  }
}
