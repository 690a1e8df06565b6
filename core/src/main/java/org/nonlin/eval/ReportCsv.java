package org.nonlin.eval;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** Renders a {@link ClassificationReport} as CSV; see {@link ClassificationReport#toCsv()}. */
final class ReportCsv {

  private ReportCsv() {}

  static String render(ClassificationReport report) {
    StringBuilder csv = new StringBuilder("section,class,key,value\n");
    row(csv, "overall", "", "num_samples", Long.toString(report.numSamples()));
    if (report.numClasses() == 2) {
      row(csv, "overall", "", "threshold", Double.toString(report.options().threshold()));
    }
    row(csv, "overall", "", "roc_method", report.options().rocMethod().label());
    for (Map.Entry<String, OptionalDouble> figure : report.overall().entrySet()) {
      row(csv, "overall", "", figure.getKey(), number(figure.getValue()));
    }
    for (ClassMetrics m : report.perClass()) {
      row(csv, "per_class", m.name(), "precision", Double.toString(m.precision()));
      row(csv, "per_class", m.name(), "recall", Double.toString(m.recall()));
      row(csv, "per_class", m.name(), "f1", Double.toString(m.f1()));
      row(csv, "per_class", m.name(), "support", Long.toString(m.support()));
      row(csv, "per_class", m.name(), "auc", number(m.auc()));
    }
    List<String> names = report.classNames();
    for (int a = 0; a < names.size(); a++) {
      for (int p = 0; p < names.size(); p++) {
        String count = Long.toString(report.confusion().count(a, p));
        row(csv, "confusion_matrix", names.get(a), names.get(p), count);
      }
    }
    return csv.toString();
  }

  private static String number(OptionalDouble value) {
    return value.isPresent() ? Double.toString(value.getAsDouble()) : "";
  }

  private static void row(StringBuilder csv, String section, String name, String key, String v) {
    csv.append(section)
        .append(',')
        .append(field(name))
        .append(',')
        .append(field(key))
        .append(',')
        .append(v)
        .append('\n');
  }

  /** Quotes a field holding a comma, quote or line break, doubling its quotes (RFC 4180). */
  private static String field(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
