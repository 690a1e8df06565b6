package org.nonlin.gradcheck;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders a {@link GradientCheckReport} as a text table and as JSON-ready maps. */
final class ReportText {

  private ReportText() {}

  static String table(GradientCheckReport report) {
    StringBuilder sb = new StringBuilder();
    sb.append("gradient check of ").append(report.architecture()).append(" in float64\n");
    sb.append(
        String.format(
            Locale.ROOT,
            "h = %s, %d samples, L2 = %s, dropout %s, %d training steps, %s activations%n",
            report.step(),
            report.samples(),
            report.l2(),
            report.dropoutOff() ? "off" : "on",
            report.trainingSteps(),
            report.smooth() ? "smooth" : "non-smooth"));
    sb.append(
        String.format(
            Locale.ROOT,
            "%n%-6s %-10s %15s %12s  %s%n",
            "group",
            "shape",
            "checked/total",
            "diff",
            "verdict"));
    for (GroupResult g : report.groups()) {
      sb.append(
          String.format(
              Locale.ROOT,
              "%-6s %-10s %15s %12s  %s%n",
              g.name(),
              g.rows() + "x" + g.cols(),
              g.checked() + "/" + g.total(),
              number(g.diff()),
              g.verdict().label()));
    }
    appendWorst(sb, report.worst());
    sb.append(
        String.format(
            Locale.ROOT,
            "%nchecked %d of %d parameters%n",
            report.checkedParameters(),
            report.totalParameters()));
    sb.append("diff = ").append(number(report.diff())).append('\n');
    sb.append("verdict = ").append(report.verdict().label()).append('\n');
    return sb.toString();
  }

  private static void appendWorst(StringBuilder sb, List<ParameterResult> worst) {
    if (worst.isEmpty()) {
      return;
    }
    sb.append("\nlargest |real - approx|:\n");
    String format = "%-6s %6s %5s %5s %12s %12s %12s %12s%n";
    sb.append(
        String.format(
            Locale.ROOT,
            format,
            "group",
            "index",
            "row",
            "col",
            "real",
            "approx",
            "abs error",
            "rel error"));
    for (ParameterResult p : worst) {
      sb.append(
          String.format(
              Locale.ROOT,
              format,
              p.group(),
              p.index(),
              p.row(),
              p.col(),
              number(p.real()),
              number(p.approx()),
              number(p.absoluteError()),
              number(p.relativeError())));
    }
  }

  private static String number(double v) {
    return String.format(Locale.ROOT, "%.3e", v);
  }

  static Map<String, Object> map(GradientCheckReport report) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("architecture", report.architecture());
    m.put("diff", json(report.diff()));
    m.put("verdict", report.verdict().label());
    m.put("h", report.step());
    m.put("l2", report.l2());
    m.put("samples", report.samples());
    m.put("training_steps", report.trainingSteps());
    m.put("dropout_off", report.dropoutOff());
    m.put("smooth", report.smooth());
    m.put("checked", report.checkedParameters());
    m.put("total", report.totalParameters());

    List<Object> groups = new ArrayList<>();
    for (GroupResult g : report.groups()) {
      groups.add(groupMap(g));
    }
    m.put("groups", Collections.unmodifiableList(groups));
    List<Object> worst = new ArrayList<>();
    for (ParameterResult p : report.worst()) {
      worst.add(parameterMap(p));
    }
    m.put("worst", Collections.unmodifiableList(worst));
    return Collections.unmodifiableMap(m);
  }

  private static Map<String, Object> groupMap(GroupResult g) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", g.name());
    m.put("rows", g.rows());
    m.put("cols", g.cols());
    m.put("diff", json(g.diff()));
    m.put("verdict", g.verdict().label());
    m.put("checked", g.checked());
    m.put("total", g.total());
    return Collections.unmodifiableMap(m);
  }

  private static Map<String, Object> parameterMap(ParameterResult p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("group", p.group());
    m.put("index", p.index());
    m.put("row", p.row());
    m.put("col", p.col());
    m.put("real", json(p.real()));
    m.put("approx", json(p.approx()));
    m.put("absolute_error", json(p.absoluteError()));
    m.put("relative_error", json(p.relativeError()));
    return Collections.unmodifiableMap(m);
  }

  /** The value itself, or null when it is NaN or infinite (JSON has no such numbers). */
  private static Double json(double v) {
    return Double.isFinite(v) ? v : null;
  }
}
