package org.nonlin.train.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nonlin.train.schedule.Messages.assertMentions;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SchedulesTest {

  /** Canonical text of every schedule kind, wrappers and the unit suffix included. */
  private static final List<String> CANONICAL =
      List.of(
          "fixed(0.1)",
          "step(0.1,0.9,50)",
          "multistep(0.1,0.1,3000,5500,8000)",
          "exp(0.1,0.999)",
          "exp(1e-7,1.01)",
          "inv(0.1,0.0001,0.75)",
          "poly(0.1,0.9,10000)",
          "sigmoid(0.1,-0.001,5000)",
          "cosine(0.1,0.001,10000)",
          "cosine(0.1,0,10000)",
          "onecycle(0.1,10000,0.3,25,10000)",
          "warmup(500,step(0.1,0.9,50))",
          "scale(1.4142135623730951,warmup(500,cosine(0.1,0,10000)))",
          "cap(1,scale(8,multistep(0.2,0.1,30,60,80)))",
          "step(0.1,0.5,10)@epoch",
          "cap(0.5,scale(2,onecycle(0.3,90,0.25,10,100)))@epoch");

  @Test
  void parse_canonicalTextOfEveryKind_printsBackIdentically() {
    for (String text : CANONICAL) {
      String printed = Schedules.parse(text).spec();

      assertEquals(text, printed);
    }
  }

  @Test
  void forms_everyKind_isCoveredByTheRoundTripCases() {
    Set<String> kinds = new TreeSet<>();
    Schedules.forms().forEach(form -> kinds.add(form.substring(0, form.indexOf('('))));

    Set<String> covered = new TreeSet<>();
    CANONICAL.forEach(text -> covered.addAll(List.of(text.split("[^a-z]+"))));

    // fixed, step, multistep, exp, inv, poly, sigmoid, cosine, onecycle, warmup, scale, cap
    assertEquals(12, kinds.size());
    kinds.forEach(kind -> assertTrue(covered.contains(kind), kind + " is not round-tripped"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        " step( 0.1 , 0.9 , 50 ) | step(0.1,0.9,50)",
        "step(1e-1,0.90,+50)     | step(0.1,0.9,50)",
        "inv(.1,1E-4,0.75)       | inv(0.1,0.0001,0.75)",
        "fixed(0.1)@iteration    | fixed(0.1)",
        "fixed(0.1) @ epoch      | fixed(0.1)@epoch",
        "onecycle(0.1,10000)     | onecycle(0.1,10000,0.3,25,10000)",
        "exp(0.00000001,2.50)    | exp(1e-8,2.5)"
      })
  void parse_nonCanonicalText_printsCanonicalForm(String text, String canonical) {
    LearningRateSchedule schedule = Schedules.parse(text);

    assertEquals(canonical, schedule.spec());
  }

  @Test
  void parse_text_equalsTheDirectlyBuiltSchedule() {
    LearningRateSchedule direct =
        new LinearWarmup(500, new MultiStepDecay(0.1, 0.1, List.of(3000L, 5500L, 8000L)));

    LearningRateSchedule parsed = Schedules.parse("warmup(500,multistep(0.1,0.1,3000,5500,8000))");

    assertEquals(direct, parsed);
  }

  @Test
  void parse_unknownName_namesTextAndAcceptedForms() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Schedules.parse("stpe(0.1)"));

    assertMentions(e, "unknown schedule 'stpe' in 'stpe(0.1)'", "fixed(lr)", "step(lr,gamma,size)");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "step(0.1,0.9)                | wrong number of arguments (2) for step",
        "onecycle(0.1,100,0.3)        | wrong number of arguments (3) for onecycle",
        "step(0,0.9,50)               | learning rate 0 must be finite and > 0",
        "step(0.1,0,50)               | gamma 0 must be finite and > 0",
        "step(0.1,0.9,0)              | step size 0 must be >= 1",
        "step(0.1,0.9,50.5)           | step size '50.5' must be a whole number",
        "multistep(0.1,0.1,3000,3000) | greater than the milestone before it; got [3000, 3000]",
        "inv(0.1,0.0001,-1)           | power -1 must be finite and >= 0",
        "poly(0.1,0.9,0)              | total steps 0 must be >= 1",
        "sigmoid(0.1,0,10)            | gamma 0 must be finite and not 0",
        "cosine(0.1,0.2,100)          | min rate 0.2 must be <= max rate 0.1",
        "onecycle(0.1,100,1,25,10)    | rise fraction 1 must be in (0, 1)",
        "warmup(0,fixed(0.1))         | warm-up steps 0 must be >= 1",
        "scale(-2,fixed(0.1))         | factor -2 must be finite and > 0",
        "exp(1e999,0.9)               | learning rate '1e999' is too large to be finite",
        "step(0.1,0.9,99999999999999999999) | step size '99999999999999999999' is too large",
        "warmup(5,0.1)                | argument 2 of warmup must be a schedule",
        "step(fixed(0.1),0.9,50)      | learning rate (argument 1 of step) must be a number",
        "step(0.1,0.9,1-2)            | expected a number or a schedule at position 13",
        "step(0.1,0.9,50              | expected ')' or ',' after argument 3 of step",
        "step 0.1                     | expected '(' after 'step' at position 5",
        "step(0.1,0.9,50)x            | unexpected 'x' at position 16",
        "step(0.1,0.9,50)@epochs      | unknown unit 'epochs'",
        "step(0.1,0.9,50)@            | expected a name at position 17",
        "0.1                          | expected a name at position 0"
      })
  void parse_badText_throwsNamingTheTextAndTheProblem(String text, String problem) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Schedules.parse(text));

    assertMentions(e, problem, "'" + text + "'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void parse_blankText_asksForAName(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Schedules.parse(text));

    assertMentions(e, "expected a name at position", "expected one of fixed(lr)");
  }
}
