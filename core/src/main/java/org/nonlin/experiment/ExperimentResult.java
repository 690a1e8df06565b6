package org.nonlin.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An experiment's table and the runs behind it.
 *
 * @param name the experiment's name
 * @param rows one row per configuration
 * @param runs the trained runs, in the order of the rows
 * @param notes sentences comparing the figures with the course's
 */
public record ExperimentResult(
    String name, List<ExperimentRow> rows, List<RunOutcome> runs, List<String> notes) {

  /** Copies the lists. */
  public ExperimentResult {
    rows = List.copyOf(rows);
    runs = List.copyOf(runs);
    notes = List.copyOf(notes);
  }

  /** The JSON-ready form: {@code experiment}, {@code rows} (pinned keys), {@code notes}. */
  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("experiment", name);
    List<Object> list = new ArrayList<>();
    for (ExperimentRow row : rows) {
      list.add(row.toMap());
    }
    map.put("rows", list);
    map.put("notes", new ArrayList<Object>(notes));
    return map;
  }
}
