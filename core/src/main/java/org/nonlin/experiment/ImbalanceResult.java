package org.nonlin.experiment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The imbalance study's outcome: one row per (data set, remedy) that could be trained, in table
 * order, and notes on the settings, on remedies a data set refused and on which remedies helped.
 *
 * @param rows data set by data set, remedies in {@link ImbalanceRemedy} order
 * @param notes one sentence each
 */
public record ImbalanceResult(List<ImbalanceRow> rows, List<String> notes) {

  /** Copies the lists. */
  public ImbalanceResult {
    rows = List.copyOf(rows);
    notes = List.copyOf(notes);
  }

  /** The data sets in table order. */
  public List<String> datasets() {
    Set<String> names = new LinkedHashSet<>();
    for (ImbalanceRow row : rows) {
      names.add(row.dataset());
    }
    return List.copyOf(names);
  }

  /** The rows of one data set, in table order; empty for an unknown name. */
  public List<ImbalanceRow> rows(String dataset) {
    List<ImbalanceRow> selected = new ArrayList<>();
    for (ImbalanceRow row : rows) {
      if (row.dataset().equals(dataset)) {
        selected.add(row);
      }
    }
    return selected;
  }

  /**
   * The generic experiment table: {@link ImbalanceRow#toExperimentRow()} per row, no single runs
   * (ensembles have no one network), the notes.
   */
  public ExperimentResult toExperimentResult(String name) {
    List<ExperimentRow> table = new ArrayList<>(rows.size());
    for (ImbalanceRow row : rows) {
      table.add(row.toExperimentRow());
    }
    return new ExperimentResult(name, table, List.of(), notes);
  }
}
