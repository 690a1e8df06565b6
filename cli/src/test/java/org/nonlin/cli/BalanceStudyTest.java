package org.nonlin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nonlin.io.Json;
import org.nonlin.io.JsonFields;

class BalanceStudyTest {

  @TempDir Path dir;

  @Test
  void experimentImbalance_oneEpochJson_rowsWithStudyKeysAndPictures() {
    // when: one epoch of plain training; the tests run outside the repository root, so the Adult
    // folder data/uci-adult is not found and left out
    Cli cli =
        Cli.run("experiment", "imbalance", "--epochs", "1", "--json", "--out", dir.toString());

    // then
    assertEquals(0, cli.code(), cli.err());
    Map<String, Object> result = JsonFields.asObject(Json.parse(cli.out()), "result");
    List<Object> rows = JsonFields.list(result, "rows");
    // double arc: 8 remedies, ADASYN possibly refused; coin hole: 8
    assertTrue(rows.size() >= 15, rows.size() + " rows");
    Map<String, Object> first = JsonFields.asObject(rows.get(0), "row");
    assertEquals("double-arc", first.get("dataset"));
    assertEquals("plain", first.get("remedy"));
    for (String key : List.of("test_accuracy", "balanced_accuracy", "minority_recall", "g_mean")) {
      assertTrue(first.containsKey(key), key);
    }
    assertTrue(JsonFields.list(result, "notes").toString().contains("adult left out"));
    for (String file :
        List.of("imbalance.json", "imbalance.txt", "roc-double-arc.csv", "roc-coin-hole.png")) {
      assertTrue(Files.exists(dir.resolve(file)), file);
    }
    assertTrue(Files.exists(dir.resolve("remedies.svg")));
  }
}
