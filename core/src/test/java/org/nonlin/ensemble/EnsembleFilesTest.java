package org.nonlin.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nonlin.data.Dataset;
import org.nonlin.io.DataFormatException;
import org.nonlin.nn.Architecture;
import org.nonlin.nn.Initializer;
import org.nonlin.nn.Network;
import org.nonlin.tensor.Precision;
import org.nonlin.testing.Tolerances;

class EnsembleFilesTest {

  @TempDir Path dir;

  private static Dataset arc() {
    return Fixtures.normalised(Fixtures.imbalancedArc(180, 20, Tolerances.SEED));
  }

  @Test
  void load_savedBagging_predictsBitIdentically() throws IOException {
    // given a trained hard-voting bagging ensemble
    Dataset data = arc();
    BalancedBagging saved =
        BalancedBagging.train(
            data, Fixtures.arcMembers(3), new BaggingOptions(3, VoteRule.HARD, 5, 1));
    Path file = dir.resolve("bagging.nonlin");
    float[] x = data.featureArray();

    // when
    EnsembleFiles.save(saved, file);
    Ensemble loaded = EnsembleFiles.load(file);

    // then
    BalancedBagging bagging = assertInstanceOf(BalancedBagging.class, loaded);
    assertEquals(VoteRule.HARD, bagging.vote());
    assertEquals(saved.classNames(), bagging.classNames());
    assertEquals(3, bagging.members().size());
    BalancedBagging soft = saved.withVote(VoteRule.SOFT);
    assertArrayEquals(
        soft.probabilities(x, data.rows()),
        bagging.withVote(VoteRule.SOFT).probabilities(x, data.rows()));
    assertArrayEquals(saved.predict(x, data.rows()), bagging.predict(x, data.rows()));
  }

  @Test
  void load_savedImbalanceBoosting_keepsConstantLearnerAndPredictions() throws IOException {
    // given
    Dataset data = arc();
    SchapireBoosting saved =
        SchapireBoosting.trainImbalanced(data, Fixtures.arcMembers(3), Tolerances.SEED);
    Path file = dir.resolve("boosting.nonlin");
    float[] x = data.featureArray();

    // when
    EnsembleFiles.save(saved, file);
    SchapireBoosting loaded = assertInstanceOf(SchapireBoosting.class, EnsembleFiles.load(file));

    // then
    assertEquals(saved.members().get(0), loaded.members().get(0));
    assertTrue(loaded.imbalanceVariant());
    for (int m = 1; m < 3; m++) {
      assertArrayEquals(
          saved.members().get(m).probabilities(x, data.rows()),
          loaded.members().get(m).probabilities(x, data.rows()),
          "member " + (m + 1));
    }
    assertArrayEquals(saved.predict(x, data.rows()), loaded.predict(x, data.rows()));
  }

  @Test
  void load_float64Members_keepTheirPrecision() throws IOException {
    // given a float64 network whose probabilities would change if rounded to float32 weights
    Network network =
        Network.create(
            Architecture.parse("2-4tanh-3softmax"), Initializer.NORMAL, Precision.FLOAT64, 3);
    NetworkClassifier member = NetworkClassifier.of(network);
    BalancedBagging saved =
        BalancedBagging.of(List.of("a", "b", "c"), List.of(member), VoteRule.SOFT);
    Path file = dir.resolve("wide.nonlin");
    float[] x = {0.25f, -1.5f, 0.75f, 2f};

    // when
    EnsembleFiles.save(saved, file);
    NetworkClassifier loaded = (NetworkClassifier) EnsembleFiles.load(file).members().get(0);

    // then
    assertEquals(Precision.FLOAT64, loaded.network().precision());
    assertArrayEquals(member.probabilities(x, 2), loaded.probabilities(x, 2));
  }

  @Test
  void save_memberThatIsNoNetwork_isRejectedBeforeWriting() {
    // given
    BalancedBagging stubs =
        BalancedBagging.of(List.of("0", "1"), List.of(FixedLearner.says(2, 0)), VoteRule.SOFT);
    Path file = dir.resolve("stub.nonlin");

    // when / then
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> EnsembleFiles.save(stubs, file));
    assertEquals(
        "member m1 is a FixedLearner; only network and constant members can be saved",
        e.getMessage());
    assertFalse(Files.exists(file));
  }

  @Test
  void load_notAnArchive_namesTheFile() throws IOException {
    // given
    Path file = dir.resolve("garbage.nonlin");
    Files.writeString(file, "not a zip at all");

    // when / then
    DataFormatException e = assertThrows(DataFormatException.class, () -> EnsembleFiles.load(file));
    assertEquals(file, e.file());
    assertTrue(e.getMessage().contains("corrupt or truncated archive"), e.getMessage());
  }

  @Test
  void load_truncatedFile_isADataFormatException() throws IOException {
    // given a saved ensemble cut in half
    Path file = dir.resolve("cut.nonlin");
    EnsembleFiles.save(twoConstants(), file);
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));

    // when / then
    DataFormatException e = assertThrows(DataFormatException.class, () -> EnsembleFiles.load(file));
    assertEquals(file, e.file());
  }

  static Stream<Arguments> brokenMetadata() {
    return Stream.of(
        Arguments.of("model.json", "{}", "no ensemble.json inside"),
        Arguments.of(
            "ensemble.json",
            metadata("balanced-bagging", 1, 3),
            "member_count is 3 but 2 members are listed"),
        Arguments.of("ensemble.json", metadata("stacking", 1, 2), "kind 'stacking' is not known"),
        Arguments.of(
            "ensemble.json",
            metadata("balanced-bagging", 2, 2),
            "ensemble format version 2 is newer than this nonlin reads (1)"),
        Arguments.of(
            "ensemble.json",
            "{\"format\": \"nonlin-ensemble\"}",
            "key \"format_version\" is missing"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("brokenMetadata")
  void load_brokenMetadata_namesTheFileAndTheProblem(String entry, String text, String problem)
      throws IOException {
    // given an archive holding only that entry
    Path file = dir.resolve("broken.nonlin");
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(entry));
      zip.write(text.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }

    // when
    DataFormatException e = assertThrows(DataFormatException.class, () -> EnsembleFiles.load(file));

    // then
    assertEquals(file, e.file());
    assertTrue(e.getMessage().contains(problem), e.getMessage());
  }

  private static BalancedBagging twoConstants() {
    return BalancedBagging.of(
        List.of("0", "1"),
        List.of(new ConstantClassifier(2, 2, 0), new ConstantClassifier(2, 2, 1)),
        VoteRule.HARD);
  }

  /** An ensemble.json of two constant members of the given kind, version and claimed count. */
  private static String metadata(String kind, int version, int count) {
    return "{\"format\": \"nonlin-ensemble\", \"format_version\": "
        + version
        + ", \"kind\": \""
        + kind
        + "\", \"vote\": \"hard\", \"inputs\": 2, \"class_names\": [\"0\", \"1\"],"
        + " \"member_count\": "
        + count
        + ", \"members\": [{\"name\": \"m1\", \"type\": \"constant\", \"class\": 0},"
        + " {\"name\": \"m2\", \"type\": \"constant\", \"class\": 1}]}";
  }
}
