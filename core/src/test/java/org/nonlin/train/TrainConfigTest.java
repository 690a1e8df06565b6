package org.nonlin.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nonlin.optim.OptimizerSpec;
import org.nonlin.train.schedule.FixedRate;

/** A configuration refuses bad settings when it is built, naming parameter, value and range. */
class TrainConfigTest {

  static Stream<Arguments> badSettings() {
    return Stream.of(
        bad("learning rate 0", b -> b.learningRate(0), "learning rate 0 must be finite and > 0"),
        bad(
            "negative learning rate",
            b -> b.learningRate(-0.1),
            "learning rate -0.1 must be finite and > 0"),
        bad("batch size 0", b -> b.batchSize(0), "batch size 0 must be >= 1"),
        bad("epochs 0", b -> b.maxEpochs(0), "epochs 0 must be >= 1"),
        bad("negative epochs", b -> b.maxEpochs(-5), "epochs -5 must be >= 1"),
        bad("negative L2", b -> b.l2(-1), "L2 coefficient -1.0 must be a finite value >= 0"),
        bad(
            "keep probability 0",
            b -> b.keepProbability(0),
            "dropout keep probability 0.0 must be in (0, 1]"),
        bad(
            "checkpoint interval 0",
            b -> b.checkpointEpochs(0),
            "checkpoint interval 0.0 epochs must be > 0"),
        bad(
            "negative stop loss",
            b -> b.stopLoss(-0.01),
            "stop loss eps -0.01 must be >= 0 (0 is off)"),
        bad("negative patience", b -> b.patience(-1), "patience -1 must be >= 0 (0 is off)"),
        bad(
            "validation fraction 1",
            b -> b.validationFraction(1),
            "validation fraction 1.0 must be in [0, 1)"),
        bad(
            "class weight 0",
            b -> b.classWeights(new double[] {1, 0}),
            "class weight 0.0 of class 1 must be finite and > 0"));
  }

  private static Arguments bad(
      String name, UnaryOperator<TrainConfig.Builder> setting, String message) {
    return Arguments.of(name, setting, message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badSettings")
  void build_badSetting_isRefusedNamingIt(
      String name, UnaryOperator<TrainConfig.Builder> setting, String message) {
    TrainConfig.Builder builder = TrainConfig.builder();

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> setting.apply(builder).build());

    assertEquals(message, e.getMessage());
  }

  @Test
  void builder_nothingSet_usesTheNamedDefaults() {
    TrainConfig config = TrainConfig.builder().build();

    assertEquals(TrainConfig.DEFAULT_EPOCHS, config.maxEpochs());
    assertEquals(TrainConfig.DEFAULT_BATCH_SIZE, config.batchSize());
    assertEquals(new FixedRate(TrainConfig.DEFAULT_LEARNING_RATE), config.schedule());
    assertEquals(OptimizerSpec.sgd(), config.optimizer());
    assertEquals(TrainConfig.DEFAULT_SEED, config.seed());
    assertEquals(1.0, config.keepProbability());
    assertNull(config.classWeights());
  }

  @Test
  void classWeights_changedOutsideAfterwards_stayAsBuilt() {
    double[] weights = {1, 3};
    TrainConfig config = TrainConfig.builder().classWeights(weights).build();

    weights[1] = 9;
    config.classWeights()[0] = 9;

    assertArrayEquals(new double[] {1, 3}, config.classWeights());
  }

  @Test
  void toBuilder_unchanged_buildsAnEqualConfig() {
    TrainConfig config = TrainConfig.builder().maxEpochs(7).patience(2).stopLoss(0.1).build();

    TrainConfig copy = config.toBuilder().build();

    assertEquals(config, copy);
  }
}
