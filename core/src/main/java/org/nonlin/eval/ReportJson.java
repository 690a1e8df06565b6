package org.nonlin.eval;

import java.util.Map;
import java.util.OptionalDouble;

/** Renders a {@link ClassificationReport} as JSON; see {@link ClassificationReport#toJson()}. */
final class ReportJson {

  private ReportJson() {}

  static String render(ClassificationReport report) {
    JsonWriter json = new JsonWriter().beginObject();
    json.name("class_names").values(report.classNames());
    json.name("num_samples").value(report.numSamples());
    if (report.numClasses() == 2) {
      json.name("threshold").value(report.options().threshold());
    }
    RocMethod method = report.options().rocMethod();
    json.name("roc_method").value(method.label());
    if (!method.isExact()) {
      json.name("roc_thresholds").values(method.thresholds());
    }
    for (Map.Entry<String, OptionalDouble> figure : report.overall().entrySet()) {
      json.name(figure.getKey()).value(figure.getValue());
    }
    json.name("priors")
        .values(report.errors().priors().stream().mapToDouble(Double::doubleValue).toArray());
    perClass(json, report);
    confusion(json, report);
    return json.endObject().toString();
  }

  private static void perClass(JsonWriter json, ClassificationReport report) {
    json.name("per_class").beginArray();
    for (ClassMetrics m : report.perClass()) {
      json.beginObject();
      json.name("name").value(m.name());
      json.name("precision").value(m.precision());
      json.name("recall").value(m.recall());
      json.name("f1").value(m.f1());
      json.name("support").value(m.support());
      json.name("auc").value(m.auc());
      json.endObject();
    }
    json.endArray();
  }

  private static void confusion(JsonWriter json, ClassificationReport report) {
    json.name("confusion_matrix").beginArray();
    for (long[] row : report.confusion().counts()) {
      json.beginArray();
      for (long count : row) {
        json.value(count);
      }
      json.endArray();
    }
    json.endArray();
  }
}
