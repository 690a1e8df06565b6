package org.nonlin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nonlin.io.Json;
import org.nonlin.io.JsonFields;

class MainTest {

  @TempDir Path dir;

  private Path trainXor() {
    Path model = dir.resolve("xor.nlm");
    Cli cli =
        Cli.run(
            "train",
            "--data",
            "xor",
            "--arch",
            "2-2s-1logistic",
            "--batch",
            "1",
            "--eps",
            "0.005",
            "--checkpoint",
            "100",
            "--epochs",
            "10000",
            "--out",
            model.toString());
    assertEquals(0, cli.code(), cli.err());
    return model;
  }

  private static Map<String, Object> overall(Cli cli) {
    Map<String, Object> report = JsonFields.asObject(Json.parse(cli.out()), "report");
    return report.containsKey("overall") ? JsonFields.object(report, "overall") : report;
  }

  @Test
  void datasets_listsEveryBuiltInSet() {
    Cli cli = Cli.run("datasets");

    assertEquals(0, cli.code());
    for (String name : new String[] {"xor", "double-arc", "coin-hole", "mnist-10k"}) {
      assertTrue(cli.out().contains(name), name);
    }
  }

  @Test
  void trainThenPredictEvaluateInfo_xor_solvesAndReportsIt() throws IOException {
    // given
    Path model = trainXor();

    // when
    Cli predict = Cli.run("predict", "--model", model.toString(), "--data", "xor");
    Cli evaluate = Cli.run("evaluate", "--model", model.toString(), "--data", "xor", "--json");
    Cli info = Cli.run("info", model.toString());

    // then: four rows after the header, classes 0 1 1 0, and accuracy 1
    assertEquals(0, predict.code(), predict.err());
    String[] lines = predict.out().split("\n");
    assertEquals("class,p_0,p_1", lines[0]);
    assertEquals(5, lines.length);
    assertEquals(
        "0 1 1 0",
        lines[1].charAt(0)
            + " "
            + lines[2].charAt(0)
            + " "
            + lines[3].charAt(0)
            + " "
            + lines[4].charAt(0));
    assertEquals(1.0, overall(evaluate).get("accuracy"));
    assertTrue(info.out().contains("2-2sigmoid-1logistic"), info.out());
    assertTrue(Files.exists(dir.resolve("xor.history.csv")));
  }

  @Test
  void train_missingDataFile_exitsTwoWithOneLineNamingIt() {
    Cli cli = Cli.run("train", "--data", dir.resolve("nope.csv").toString());

    assertEquals(2, cli.code());
    assertEquals(1, cli.errorLines());
    assertTrue(cli.err().contains("nope.csv"), cli.err());
    assertTrue(cli.err().contains("hint:"), cli.err());
    assertFalse(cli.err().contains("at org."), "no stack trace without --debug");
  }

  @Test
  void train_unknownActivation_exitsTwoNamingIt() {
    Cli cli =
        Cli.run(
            "train",
            "--data",
            "xor",
            "--arch",
            "2-2sigmod-1logistic",
            "--out",
            dir.resolve("m.nlm").toString());

    assertEquals(2, cli.code());
    assertTrue(cli.err().contains("sigmod"), cli.err());
  }

  @Test
  void train_outputInMissingDirectory_exitsTwoBeforeTraining() {
    Path out = dir.resolve("no/such/dir/model.nlm");

    Cli cli = Cli.run("train", "--data", "xor", "--out", out.toString());

    assertEquals(2, cli.code());
    assertTrue(cli.err().contains("does not exist"), cli.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void train_badOptionValue_exitsTwo() {
    Cli zeroBatch =
        Cli.run("train", "--data", "xor", "--batch", "0", "--out", dir.resolve("m.nlm").toString());
    Cli unknown = Cli.run("train", "--data", "xor", "--frobnicate");

    assertEquals(2, zeroBatch.code());
    assertTrue(zeroBatch.err().contains("batch size 0"), zeroBatch.err());
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().contains("frobnicate"), unknown.err());
  }

  @Test
  void predict_truncatedModel_exitsTwoSayingCorrupt() throws IOException {
    // given
    Path model = trainXor();
    byte[] bytes = Files.readAllBytes(model);
    Path cut = dir.resolve("cut.nlm");
    Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 3));

    // when
    Cli cli = Cli.run("predict", "--model", cut.toString(), "--data", "xor");

    // then
    assertEquals(2, cli.code());
    assertTrue(cli.err().contains("corrupt or truncated"), cli.err());
  }

  @Test
  void debug_failure_printsStackTrace() {
    Cli cli =
        Cli.run(
            "train",
            "--data",
            "xor",
            "--batch",
            "0",
            "--debug",
            "--out",
            dir.resolve("m.nlm").toString());

    assertEquals(2, cli.code());
    assertTrue(cli.err().contains("at org.nonlin"), cli.err());
  }

  @Test
  void gradcheck_courseNetwork_correctAndExitZero() {
    Cli cli = Cli.run("gradcheck", "--arch", "7-16sigmoid-12tanh-10softmax");

    assertEquals(0, cli.code(), cli.out() + cli.err());
    assertTrue(cli.out().contains("diff = "), cli.out());
    assertTrue(cli.out().contains("verdict = correct"), cli.out());
  }

  @Test
  void evaluate_scoresFile_chapterStyleBinaryReport() throws IOException {
    // given: 2 positives scored 0.9 and 0.4, 2 negatives scored 0.2 and 0.6
    Path scores = dir.resolve("scores.csv");
    Files.writeString(scores, "label,score\n1,0.9\n1,0.4\n0,0.2\n0,0.6\n");

    // when
    Cli cli = Cli.run("evaluate", "--scores", scores.toString(), "--json");

    // then: at 0.5, TP 1 FN 1 FP 1 TN 1, so accuracy 2/4; AUC: of the 4 positive-negative
    // pairs, (0.9,0.2) (0.9,0.6) (0.4,0.2) are ordered right, (0.4,0.6) wrong: 3/4
    assertEquals(0, cli.code(), cli.err());
    assertEquals(0.5, overall(cli).get("accuracy"));
    assertEquals(0.75, overall(cli).get("auc"));
  }

  @Test
  void evaluate_scoresWithUnknownClass_exitsTwoNamingLabel() throws IOException {
    Path scores = dir.resolve("scores.csv");
    Files.writeString(scores, "label,cat,dog\ncat,0.9,0.1\nbird,0.5,0.5\n");

    Cli cli = Cli.run("evaluate", "--scores", scores.toString());

    assertEquals(2, cli.code());
    assertTrue(cli.err().contains("bird"), cli.err());
  }

  @Test
  void lrFind_json_hasCurveAndSuggestion() {
    Cli cli =
        Cli.run(
            "lr-find", "--data", "double-arc", "--batch", "5", "--json", "--out", dir.toString());

    assertEquals(0, cli.code(), cli.err());
    Map<String, Object> result = JsonFields.asObject(Json.parse(cli.out()), "result");
    assertTrue(result.containsKey("suggested_lr"));
    assertFalse(JsonFields.list(result, "curve").isEmpty());
    assertTrue(Files.exists(dir.resolve("lr-find.csv")));
    assertTrue(Files.exists(dir.resolve("lr-find.png")));
  }

  @Test
  void sweep_customGrid_writesOneRowPerSettingAndPictures() throws IOException {
    Cli cli =
        Cli.run(
            "sweep",
            "--data",
            "double-arc",
            "--rates",
            "0.1,0.5",
            "--batches",
            "5,20",
            "--epochs",
            "3",
            "--out",
            dir.toString());

    assertEquals(0, cli.code(), cli.err());
    // header plus 2 rates x 2 batch sizes
    assertEquals(5, Files.readAllLines(dir.resolve("sweep.csv")).size());
    assertTrue(Files.exists(dir.resolve("accuracy.png")));
    assertTrue(Files.exists(dir.resolve("curves.svg")));
  }

  @Test
  void sweep_withoutGrid_exitsTwoWithHint() {
    Cli cli = Cli.run("sweep", "--data", "xor");

    assertEquals(2, cli.code());
    assertTrue(cli.err().contains("--grid"), cli.err());
  }

  @Test
  void experiment_doubleArc_writesTableJsonAndReadablePictures() throws IOException {
    // when
    Cli cli = Cli.run("experiment", "double-arc", "--out", dir.toString(), "--json");

    // then: the pinned row keys, and every picture decodes as an image of some size
    assertEquals(0, cli.code(), cli.err());
    Map<String, Object> result = JsonFields.asObject(Json.parse(cli.out()), "result");
    Map<String, Object> row = JsonFields.asObject(JsonFields.list(result, "rows").get(0), "row");
    for (String key :
        new String[] {
          "hidden", "epochs", "converged", "train_accuracy", "test_accuracy", "test_loss"
        }) {
      assertTrue(row.containsKey(key), key);
    }
    for (String stem : new String[] {"boundary-", "hidden-", "curves-"}) {
      Path png = dir.resolve(stem + "2-2sigmoid-1logistic.png");
      java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
      assertTrue(image.getWidth() > 100 && image.getHeight() > 100, stem);
      assertTrue(Files.size(dir.resolve(stem + "2-2sigmoid-1logistic.svg")) > 1000, stem);
    }
  }
}
