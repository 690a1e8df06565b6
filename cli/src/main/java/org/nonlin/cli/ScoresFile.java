package org.nonlin.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nonlin.io.DataFormatException;
import org.nonlin.io.InputFiles;

/**
 * Predictions made by another system, for {@code evaluate --scores}: a CSV file with a header, a
 * column {@code label} holding the true class, and either a column {@code score} (probability of
 * class 1; labels must be 0 or 1) or one probability column per class, named by the class (labels
 * must be those names).
 *
 * @param classNames class names by index
 * @param labels true class index of each row
 * @param scores row-major probabilities: one column for {@code score} files, k otherwise
 */
record ScoresFile(List<String> classNames, int[] labels, float[] scores) {

  static ScoresFile read(Path file) throws IOException {
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(InputFiles.open(file), StandardCharsets.UTF_8))) {
      String headerLine = in.readLine();
      if (headerLine == null || headerLine.isBlank()) {
        throw new DataFormatException(file, "file is empty", "give a CSV with a header line");
      }
      List<String> header = split(headerLine);
      int labelColumn = header.indexOf("label");
      if (labelColumn < 0) {
        throw new DataFormatException(
            file,
            1,
            null,
            headerLine,
            "the header has no column 'label'",
            "name the true-class column 'label'");
      }
      List<String> scoreColumns = new ArrayList<>(header);
      scoreColumns.remove(labelColumn);
      boolean binary = scoreColumns.equals(List.of("score"));
      List<String> classNames = binary ? List.of("0", "1") : scoreColumns;
      if (classNames.size() < 2) {
        throw new DataFormatException(
            file,
            1,
            null,
            headerLine,
            "need a 'score' column or one column per class",
            "e.g. label,score or label,cat,dog,bird");
      }
      return rows(file, in, header, labelColumn, classNames, binary);
    }
  }

  private static ScoresFile rows(
      Path file,
      BufferedReader in,
      List<String> header,
      int labelColumn,
      List<String> classNames,
      boolean binary)
      throws IOException {
    int width = binary ? 1 : classNames.size();
    List<Integer> labels = new ArrayList<>();
    float[] scores = new float[1024 * width];
    long line = 1;
    String text;
    while ((text = in.readLine()) != null) {
      line++;
      if (text.isBlank()) {
        continue;
      }
      List<String> fields = split(text);
      if (fields.size() != header.size()) {
        throw new DataFormatException(
            file,
            line,
            null,
            text,
            "row has " + fields.size() + " fields, the header " + header.size(),
            "every row needs a value in each column");
      }
      String label = fields.get(labelColumn);
      int index = classNames.indexOf(label);
      if (index < 0) {
        throw new DataFormatException(
            file,
            line,
            "label",
            label,
            "label '" + label + "' is not one of the classes " + classNames,
            binary ? "with a 'score' column, labels are 0 or 1" : "name a column after each class");
      }
      if ((labels.size() + 1) * width > scores.length) {
        scores = Arrays.copyOf(scores, scores.length * 2);
      }
      int column = 0;
      for (int c = 0; c < fields.size(); c++) {
        if (c != labelColumn) {
          scores[labels.size() * width + column++] =
              number(file, line, header.get(c), fields.get(c));
        }
      }
      labels.add(index);
    }
    int[] labelArray = new int[labels.size()];
    for (int i = 0; i < labelArray.length; i++) {
      labelArray[i] = labels.get(i);
    }
    return new ScoresFile(classNames, labelArray, Arrays.copyOf(scores, labelArray.length * width));
  }

  private static float number(Path file, long line, String column, String value) {
    try {
      return Float.parseFloat(value);
    } catch (NumberFormatException e) {
      throw new DataFormatException(
          file,
          line,
          column,
          value,
          "value '" + value + "' in column '" + column + "' is not a number",
          "scores are probabilities in [0, 1]");
    }
  }

  private static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (ch == '"') {
        if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (ch == ',' && !quoted) {
        fields.add(field.toString().trim());
        field.setLength(0);
      } else {
        field.append(ch);
      }
    }
    fields.add(field.toString().trim());
    return fields;
  }
}
