package org.nonlin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad input the issue lists ends with exit code 2 and one line naming the file, the
 * row or field, the value, and a hint; no stack trace without --debug.
 */
class BadInputTest {

  @TempDir static Path dir;

  static Stream<Arguments> trainingFiles() {
    return Stream.of(
        Arguments.of("empty file", "empty.csv", "", new String[0], "empty"),
        Arguments.of(
            "ragged row",
            "ragged.csv",
            "a,b,y\n1,2,0\n3,4\n5,6,1\n",
            new String[0],
            "ragged.csv:3"),
        Arguments.of(
            "text in a numeric column",
            "text.csv",
            "a,b,y\n1,2,0\n3,x,1\n5,6,1\n",
            new String[] {"--numeric", "b"},
            "'x'"),
        Arguments.of(
            "unknown label column",
            "label.csv",
            "a,b,y\n1,2,0\n3,4,1\n",
            new String[] {"--label", "zz"},
            "'zz'"),
        Arguments.of(
            "single class", "one.csv", "a,b,y\n1,2,0\n3,4,0\n", new String[0], "single class"),
        Arguments.of("NaN feature", "nan.csv", "a,b,y\n1,2,0\n3,NaN,1\n", new String[0], "'NaN'"),
        Arguments.of(
            "infinite feature", "inf.csv", "a,b,y\n1,2,0\n3,inf,1\n", new String[0], "'inf'"),
        Arguments.of("corrupt npz", "bad.npz", "garbage", new String[0], "bad.npz"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("trainingFiles")
  void train_badFile_exitsTwoWithOneLine(
      String what, String name, String content, String[] extra, String expected)
      throws IOException {
    // given
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    String[] args =
        Stream.concat(
                Stream.of(
                    "train", "--data", file.toString(), "--out", dir.resolve("m.nlm").toString()),
                Stream.of(extra))
            .toArray(String[]::new);

    // when
    Cli cli = Cli.run(args);

    // then
    assertEquals(2, cli.code(), what + ": " + cli.err());
    assertEquals(1, cli.errorLines(), cli.err());
    assertTrue(cli.err().contains(expected), what + ": " + cli.err());
    assertFalse(cli.err().contains("\tat "), "no stack trace: " + cli.err());
    assertFalse(Files.exists(dir.resolve("m.nlm")), "no model written for " + what);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scoringFiles")
  void evaluate_dataNotFittingModel_exitsTwo(String what, String content, String expected)
      throws IOException {
    // given: a model trained on two numeric features
    Path train = dir.resolve("fit.csv");
    Files.writeString(train, "a,b,y\n1,2,0\n3,4,1\n2,1,0\n4,3,1\n");
    Path model = dir.resolve("fit.nlm");
    assertEquals(
        0,
        Cli.run("train", "--data", train.toString(), "--epochs", "2", "--out", model.toString())
            .code());
    Path data = dir.resolve(what.replace(' ', '-') + ".csv");
    Files.writeString(data, content);

    // when
    Cli cli = Cli.run("evaluate", "--model", model.toString(), "--data", data.toString());

    // then
    assertEquals(2, cli.code(), cli.err());
    assertTrue(cli.err().contains(expected), cli.err());
  }

  static Stream<Arguments> scoringFiles() {
    return Stream.of(
        Arguments.of("wider table", "a,b,c,y\n1,2,3,0\n", "4 columns"),
        Arguments.of("unseen label", "a,b,y\n1,2,7\n", "'7'"));
  }

  @org.junit.jupiter.api.Test
  void train_truncatedIdxFolder_exitsTwoNamingTheFile() throws IOException {
    // given: an MNIST folder whose training images announce 10 images but hold 1
    Path mnist = Files.createDirectories(dir.resolve("mnist"));
    byte[] header = {0, 0, 8, 3, 0, 0, 0, 10, 0, 0, 0, 28, 0, 0, 0, 28};
    byte[] images = new byte[header.length + 784];
    System.arraycopy(header, 0, images, 0, header.length);
    try (GZIPOutputStream out =
        new GZIPOutputStream(Files.newOutputStream(mnist.resolve("train-images-idx3-ubyte.gz")))) {
      out.write(images);
    }
    for (String name :
        new String[] {
          "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"
        }) {
      Files.write(mnist.resolve(name), "x".getBytes(StandardCharsets.US_ASCII));
    }

    // when
    Cli cli =
        Cli.run("train", "--data", mnist.toString(), "--out", dir.resolve("mnist.nlm").toString());

    // then
    assertEquals(2, cli.code(), cli.err());
    assertTrue(cli.err().contains("train-images-idx3-ubyte.gz"), cli.err());
    assertTrue(cli.err().contains("truncated"), cli.err());
  }
}
