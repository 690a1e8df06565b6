package org.nonlin.train.schedule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * Reads the compact text form of a {@link LearningRateSchedule}, as typed on the command line and
 * stored in model files.
 *
 * <h2>Grammar</h2>
 *
 * <pre>
 * text     = schedule [ "@" unit ]
 * unit     = "iteration" | "epoch"
 * schedule = name "(" arg { "," arg } ")"
 * arg      = number | whole | schedule
 * number   = [ sign ] ( digits [ "." [ digits ] ] | "." digits ) [ ( "e" | "E" ) [ sign ] digits ]
 * whole    = [ sign ] digits
 * sign     = "+" | "-"
 * </pre>
 *
 * <p>Spaces between tokens are allowed and dropped. The schedules and their arguments ({@code n},
 * {@code size}, {@code total}, {@code center} and milestones are wholes, the rest numbers):
 *
 * <pre>
 * fixed(lr)                                 {@link FixedRate}
 * step(lr,gamma,size)                       {@link StepDecay}
 * multistep(lr,gamma,m1,m2,...)             {@link MultiStepDecay}
 * exp(lr,gamma)                             {@link ExponentialDecay}
 * inv(lr,gamma,power)                       {@link InverseDecay}
 * poly(lr,power,total)                      {@link PolynomialDecay}
 * sigmoid(lr,gamma,center)                  {@link SigmoidSchedule}
 * cosine(max,min,total)                     {@link CosineAnnealing}
 * onecycle(max,total[,rise,div,finaldiv])   {@link OneCycle}
 * warmup(n,schedule)                        {@link LinearWarmup}
 * scale(factor,schedule)                    {@link Scaled}
 * cap(max,schedule)                         {@link Capped}
 * </pre>
 *
 * <p>Without a unit, steps count iterations; {@code @epoch} wraps the schedule in {@link PerEpoch}.
 * The canonical form, which {@link LearningRateSchedule#spec()} prints, has no spaces, no
 * {@code @iteration}, all five arguments of {@code onecycle}, wholes in plain decimal and numbers
 * in the shortest form described in {@link Params}: {@code 0.1}, {@code 3000}, {@code 0.0001},
 * {@code 1e-7}. For canonical text, {@code parse(text).spec().equals(text)}.
 */
public final class Schedules {

  private static final Pattern WHOLE = Pattern.compile("[+-]?\\d+");
  private static final Map<String, Kind> KINDS = kinds();
  private static final String EXPECTED_KINDS = "expected one of " + String.join(", ", forms());
  private static final String UNITS = "expected @iteration or @epoch";

  private Schedules() {}

  /**
   * Parses a schedule from its text form.
   *
   * @param text a schedule in the grammar above, e.g. {@code warmup(500,step(0.1,0.9,50))}
   * @return the schedule, equal to one built directly with the same parameters
   * @throws IllegalArgumentException with one message naming the text, the problem and the accepted
   *     forms (syntax errors) or the parameter and its value (out-of-range parameters)
   */
  public static LearningRateSchedule parse(String text) {
    Objects.requireNonNull(text, "schedule text");
    Parser parser = new Parser(text);
    LearningRateSchedule schedule = parser.schedule();
    if (parser.accept('@')) {
      String unit = parser.name(UNITS);
      if (unit.equals("epoch")) {
        schedule = new PerEpoch(schedule);
      } else if (!unit.equals("iteration")) {
        throw parser.fail("unknown unit '" + unit + "'", UNITS);
      }
    }
    parser.end();
    return schedule;
  }

  /** The accepted forms, one per schedule, e.g. {@code step(lr,gamma,size)}; for help texts. */
  public static List<String> forms() {
    List<String> forms = new ArrayList<>();
    KINDS.values().forEach(kind -> forms.add(kind.form()));
    return Collections.unmodifiableList(forms);
  }

  private record Kind(
      String form, IntPredicate arity, Function<Args, LearningRateSchedule> build) {}

  private static Map<String, Kind> kinds() {
    Map<String, Kind> kinds = new LinkedHashMap<>();
    addDecays(kinds);
    addShapesAndWrappers(kinds);
    return Collections.unmodifiableMap(kinds);
  }

  /** The chapter's and Caffe's policies: fixed, step, multistep, exp, inv, poly, sigmoid. */
  private static void addDecays(Map<String, Kind> kinds) {
    add(kinds, "fixed(lr)", n -> n == 1, a -> new FixedRate(a.number(0, "learning rate")));
    add(
        kinds,
        "step(lr,gamma,size)",
        n -> n == 3,
        a -> new StepDecay(a.lr(), a.number(1, "gamma"), a.whole(2, "step size")));
    add(
        kinds,
        "multistep(lr,gamma,m1,m2,...)",
        n -> n >= 3,
        a -> new MultiStepDecay(a.lr(), a.number(1, "gamma"), a.wholesFrom(2, "milestone")));
    add(
        kinds,
        "exp(lr,gamma)",
        n -> n == 2,
        a -> new ExponentialDecay(a.lr(), a.number(1, "gamma")));
    add(
        kinds,
        "inv(lr,gamma,power)",
        n -> n == 3,
        a -> new InverseDecay(a.lr(), a.number(1, "gamma"), a.number(2, "power")));
    add(
        kinds,
        "poly(lr,power,total)",
        n -> n == 3,
        a -> new PolynomialDecay(a.lr(), a.number(1, "power"), a.whole(2, "total steps")));
    add(
        kinds,
        "sigmoid(lr,gamma,center)",
        n -> n == 3,
        a -> new SigmoidSchedule(a.lr(), a.number(1, "gamma"), a.whole(2, "center")));
  }

  /** Cosine annealing, one-cycle, and the schedules that wrap another one. */
  private static void addShapesAndWrappers(Map<String, Kind> kinds) {
    add(
        kinds,
        "cosine(max,min,total)",
        n -> n == 3,
        a ->
            new CosineAnnealing(
                a.number(0, "max rate"), a.number(1, "min rate"), a.whole(2, "total steps")));
    add(
        kinds,
        "onecycle(max,total[,rise,div,finaldiv])",
        n -> n == 2 || n == 5,
        Schedules::oneCycle);
    add(
        kinds,
        "warmup(n,schedule)",
        n -> n == 2,
        a -> new LinearWarmup(a.whole(0, "warm-up steps"), a.schedule(1)));
    add(
        kinds,
        "scale(factor,schedule)",
        n -> n == 2,
        a -> new Scaled(a.number(0, "factor"), a.schedule(1)));
    add(
        kinds,
        "cap(max,schedule)",
        n -> n == 2,
        a -> new Capped(a.number(0, "cap"), a.schedule(1)));
  }

  private static void add(
      Map<String, Kind> kinds,
      String form,
      IntPredicate arity,
      Function<Args, LearningRateSchedule> build) {
    kinds.put(form.substring(0, form.indexOf('(')), new Kind(form, arity, build));
  }

  private static OneCycle oneCycle(Args a) {
    double max = a.number(0, "max rate");
    long total = a.whole(1, "total steps");
    if (a.size() == 2) {
      return new OneCycle(max, total);
    }
    return new OneCycle(
        max,
        total,
        a.number(2, "rise fraction"),
        a.number(3, "div factor"),
        a.number(4, "final div factor"));
  }

  /** One argument as written: the text of a number, or an already parsed schedule. */
  private record Arg(String number, LearningRateSchedule schedule) {}

  /** The arguments of one call, read by position; problems throw without the text context. */
  private record Args(String name, List<Arg> list) {

    int size() {
      return list.size();
    }

    double lr() {
      return number(0, "learning rate");
    }

    double number(int index, String param) {
      return Params.parseNumber(param, numberText(index, param));
    }

    long whole(int index, String param) {
      String text = numberText(index, param);
      if (!WHOLE.matcher(text).matches()) {
        throw new IllegalArgumentException(param + " '" + text + "' must be a whole number");
      }
      try {
        return Long.parseLong(text);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(param + " '" + text + "' is too large", e);
      }
    }

    List<Long> wholesFrom(int from, String param) {
      List<Long> wholes = new ArrayList<>();
      for (int i = from; i < list.size(); i++) {
        wholes.add(whole(i, param));
      }
      return wholes;
    }

    LearningRateSchedule schedule(int index) {
      Arg arg = list.get(index);
      if (arg.schedule() == null) {
        throw new IllegalArgumentException(
            "argument "
                + (index + 1)
                + " of "
                + name
                + " must be a schedule such as fixed(0.1), not '"
                + arg.number()
                + "'");
      }
      return arg.schedule();
    }

    private String numberText(int index, String param) {
      Arg arg = list.get(index);
      if (arg.number() == null) {
        throw new IllegalArgumentException(
            param
                + " (argument "
                + (index + 1)
                + " of "
                + name
                + ") must be a number, not '"
                + arg.schedule().spec()
                + "'");
      }
      return arg.number();
    }
  }

  /** A recursive-descent reader over the text, one cursor, no backtracking. */
  private static final class Parser {
    private final String text;
    private int pos;

    Parser(String text) {
      this.text = text;
    }

    LearningRateSchedule schedule() {
      String name = name(EXPECTED_KINDS);
      Kind kind = KINDS.get(name);
      if (kind == null) {
        throw fail("unknown schedule '" + name + "'", EXPECTED_KINDS);
      }
      expect('(', "after '" + name + "'");
      List<Arg> args = new ArrayList<>();
      do {
        args.add(arg());
      } while (accept(','));
      expect(')', "or ',' after argument " + args.size() + " of " + name);
      if (!kind.arity().test(args.size())) {
        throw fail(
            "wrong number of arguments (" + args.size() + ") for " + name,
            "expected " + kind.form());
      }
      try {
        return kind.build().apply(new Args(name, args));
      } catch (IllegalArgumentException e) {
        throw fail(e.getMessage(), "expected " + kind.form());
      }
    }

    private Arg arg() {
      skipSpaces();
      if (pos < text.length() && Character.isLetter(text.charAt(pos))) {
        return new Arg(null, schedule());
      }
      int start = pos;
      while (pos < text.length() && "+-.0123456789eE".indexOf(text.charAt(pos)) >= 0) {
        pos++;
      }
      String number = text.substring(start, pos);
      if (!Params.NUMBER.matcher(number).matches()) {
        throw fail(
            "expected a number or a schedule at position " + start, "e.g. 0.1 or fixed(0.1)");
      }
      return new Arg(number, null);
    }

    String name(String hint) {
      skipSpaces();
      int start = pos;
      while (pos < text.length() && Character.isLetter(text.charAt(pos))) {
        pos++;
      }
      if (start == pos) {
        throw fail("expected a name at position " + start, hint);
      }
      return text.substring(start, pos);
    }

    boolean accept(char c) {
      skipSpaces();
      if (pos < text.length() && text.charAt(pos) == c) {
        pos++;
        return true;
      }
      return false;
    }

    private void expect(char c, String where) {
      if (!accept(c)) {
        throw fail("expected '" + c + "' " + where + " at position " + pos, null);
      }
    }

    void end() {
      skipSpaces();
      if (pos < text.length()) {
        throw fail(
            "unexpected '" + text.substring(pos) + "' at position " + pos,
            "only a unit such as @epoch may follow the schedule");
      }
    }

    private void skipSpaces() {
      while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
        pos++;
      }
    }

    /** "{problem} in '{text}'; {hint}". */
    IllegalArgumentException fail(String problem, String hint) {
      return new IllegalArgumentException(
          problem + " in '" + text + "'" + (hint == null ? "" : "; " + hint));
    }
  }
}
