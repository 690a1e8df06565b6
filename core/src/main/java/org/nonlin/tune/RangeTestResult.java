package org.nonlin.tune;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a learning-rate range test found: its curve, the three suggested rates, the one its rule
 * chose and why it stopped.
 *
 * @param sweep the sweep the test followed
 * @param source which loss the curve holds
 * @param points the curve in the order recorded (rising rate)
 * @param suggestions the rate each rule suggests
 * @param rule the rule whose rate is {@link #suggestedLr()}
 * @param stopReason why the test ended
 */
public record RangeTestResult(
    RateSweep sweep,
    LossSource source,
    List<RangePoint> points,
    Suggestions suggestions,
    SuggestionRule rule,
    RangeStop stopReason) {

  /** The header of {@link #toCsv()}. */
  public static final String CSV_HEADER = "lr,loss,smoothed_loss";

  /** Copies the points. */
  public RangeTestResult {
    points = List.copyOf(points);
  }

  /** The rate {@link #rule} chose; NaN when the curve was too short for it. */
  public double suggestedLr() {
    return suggestions.get(rule);
  }

  /**
   * A JSON-ready map: {@code sweep} (text form), {@code source}, {@code stop_reason}, {@code rule},
   * {@code suggested_lr}, {@code suggestions} ({@code steepest}, {@code minimum}, {@code valley}),
   * {@code lowest_loss_lr} (the rate at the minimum) and {@code curve}, a list of {@code
   * {iteration, lr, loss, smoothed}}. NaN and infinite values become null.
   */
  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("sweep", sweep.spec());
    map.put("source", source.label());
    map.put("stop_reason", stopReason.label());
    map.put("rule", rule.label());
    map.put("suggested_lr", Numbers.json(suggestedLr()));
    Map<String, Object> all = new LinkedHashMap<>();
    for (SuggestionRule r : SuggestionRule.values()) {
      all.put(r.label(), Numbers.json(suggestions.get(r)));
    }
    map.put("suggestions", Collections.unmodifiableMap(all));
    map.put("lowest_loss_lr", Numbers.json(suggestions.lowest()));
    List<Object> curve = new ArrayList<>(points.size());
    for (RangePoint p : points) {
      Map<String, Object> point = new LinkedHashMap<>();
      point.put("iteration", p.iteration());
      point.put("lr", p.learningRate());
      point.put("loss", Numbers.json(p.loss()));
      point.put("smoothed", Numbers.json(p.smoothedLoss()));
      curve.add(Collections.unmodifiableMap(point));
    }
    map.put("curve", Collections.unmodifiableList(curve));
    return Collections.unmodifiableMap(map);
  }

  /** The curve as CSV: {@link #CSV_HEADER}, then one line per point. */
  public String toCsv() {
    StringBuilder sb = new StringBuilder(CSV_HEADER).append('\n');
    for (RangePoint p : points) {
      sb.append(Numbers.csv(p.learningRate()))
          .append(',')
          .append(Numbers.csv(p.loss()))
          .append(',')
          .append(Numbers.csv(p.smoothedLoss()))
          .append('\n');
    }
    return sb.toString();
  }
}
