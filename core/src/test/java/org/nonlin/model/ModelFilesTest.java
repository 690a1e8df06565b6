package org.nonlin.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nonlin.data.Dataset;
import org.nonlin.data.Normalization;
import org.nonlin.data.Normalizer;
import org.nonlin.data.PlaneProblems;
import org.nonlin.io.DataFormatException;
import org.nonlin.nn.Architecture;
import org.nonlin.nn.Initializer;
import org.nonlin.nn.Network;
import org.nonlin.tensor.Precision;
import org.nonlin.testing.Tolerances;

class ModelFilesTest {

  @TempDir Path dir;

  private static Model model(Precision precision) {
    Dataset arc = PlaneProblems.doubleArc(40, Tolerances.SEED);
    Network network =
        Network.create(Architecture.parse("2-3tanh-1logistic"), Initializer.XAVIER, precision, 7);
    return new Model(
        network,
        Normalizer.fit(Normalization.Z_SCORE, arc),
        arc.featureNames(),
        arc.classNames(),
        Map.of(),
        Map.of("seed", 7L));
  }

  @Test
  void saveThenLoad_float32AndFloat64_predictionsBitIdentical() throws IOException {
    for (Precision precision : Precision.values()) {
      // given
      Model saved = model(precision);
      Dataset rows = PlaneProblems.doubleArc(20, Tolerances.SEED + 1);
      Path file = dir.resolve(precision.label() + ".nlm");

      // when
      ModelFiles.save(saved, file);
      Model loaded = ModelFiles.load(file);

      // then
      assertArrayEquals(saved.predict(rows), loaded.predict(rows));
      assertEquals(saved.network().architecture(), loaded.network().architecture());
      assertEquals(precision, loaded.network().precision());
      assertEquals(saved.classNames(), loaded.classNames());
      assertEquals(7L, ((Number) loaded.training().get("seed")).longValue());
    }
  }

  @Test
  void load_modelWrittenByVersion1_stillLoadsAndPredicts() throws IOException, URISyntaxException {
    // given: a 2-2-1 XOR model trained and written by nonlin 0.1.0 (format version 1)
    Path file = Path.of(getClass().getResource("/models/xor-v1.nlm").toURI());

    // when
    Model model = ModelFiles.load(file);
    float[] out = model.predict(PlaneProblems.xor());

    // then: the same outputs numpy computes from the stored W1, B1, W2, B2 with
    // sigmoid(sigmoid(X·W1 + B1)·W2 + B2) in float32
    float[] numpy = {0.00407203f, 0.99559844f, 0.9956012f, 0.00669172f};
    assertEquals("2-2sigmoid-1logistic", model.network().architecture().toString());
    assertEquals(List.of("0", "1"), model.classNames());
    assertArrayEquals(numpy, out, (float) Tolerances.FLOAT);
  }

  @Test
  void save_intoMissingDirectory_failsAndWritesNothing() {
    // given
    Path file = dir.resolve("missing").resolve("model.nlm");

    // when
    Exception e =
        assertThrows(Exception.class, () -> ModelFiles.save(model(Precision.FLOAT32), file));

    // then
    assertTrue(e.getMessage().contains("missing"), e.getMessage());
    assertTrue(Files.notExists(file));
  }

  @Test
  void load_truncatedFile_saysCorrupt() throws IOException {
    // given: the first half of a good model file
    Path good = dir.resolve("good.nlm");
    ModelFiles.save(model(Precision.FLOAT32), good);
    byte[] bytes = Files.readAllBytes(good);
    Path cut = dir.resolve("cut.nlm");
    Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));

    // when
    DataFormatException e = assertThrows(DataFormatException.class, () -> ModelFiles.load(cut));

    // then
    assertTrue(e.getMessage().contains("corrupt or truncated"), e.getMessage());
  }

  @Test
  void load_newerFormatVersion_asksToUpgrade() throws IOException {
    // given: a model.json claiming format version 99
    Path file = dir.resolve("future.nlm");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("model.json"));
      zip.write(
          "{\"format\":\"nonlin-model\",\"format_version\":99}".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }

    // when
    DataFormatException e = assertThrows(DataFormatException.class, () -> ModelFiles.load(file));

    // then
    assertTrue(e.getMessage().contains("version 99"), e.getMessage());
    assertTrue(e.getMessage().contains("upgrade"), e.getMessage());
  }

  @Test
  void save_overGoodFileWhenWriteFails_keepsGoodFile() throws IOException {
    // given: a good file, then a model whose normaliser cannot be written (NaN shift)
    Path file = dir.resolve("keep.nlm");
    ModelFiles.save(model(Precision.FLOAT32), file);
    byte[] before = Files.readAllBytes(file);
    Model bad = badModel();

    // when
    assertThrows(IllegalArgumentException.class, () -> ModelFiles.save(bad, file));

    // then
    assertArrayEquals(before, Files.readAllBytes(file));
  }

  private static Model badModel() {
    Model good = model(Precision.FLOAT32);
    Map<String, Object> nan = Map.of("bad", Double.NaN);
    return new Model(
        good.network(), good.normalizer(), good.featureNames(), good.classNames(), nan, nan);
  }
}
