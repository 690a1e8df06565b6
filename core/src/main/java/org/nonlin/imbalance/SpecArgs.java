package org.nonlin.imbalance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a sampler's text form {@code name(arg,key=value,...)}: a name, bare arguments and
 * keyed ones. Readers take what they know; {@link #requireAllRead} then rejects the rest.
 */
final class SpecArgs {

  private static final Pattern FORM = Pattern.compile("([a-z]+)(?:\\((.*)\\))?");

  private final String name;
  private final List<String> bare = new ArrayList<>();
  private final Map<String, String> keyed = new LinkedHashMap<>();
  private final Set<String> read = new HashSet<>();
  private int bareRead;

  private SpecArgs(String name) {
    this.name = name;
  }

  /** Splits a text form into its parts; the argument values are read later. */
  static SpecArgs parse(String spec) {
    Matcher matcher = FORM.matcher(spec.trim());
    if (!matcher.matches()) {
      throw new IllegalArgumentException("it is not of the form name or name(arguments)");
    }
    SpecArgs args = new SpecArgs(matcher.group(1));
    if (matcher.group(2) == null) {
      return args;
    }
    for (String argument : matcher.group(2).split(",", -1)) {
      String arg = argument.trim();
      if (arg.isEmpty()) {
        throw new IllegalArgumentException("it has an empty argument");
      }
      int equals = arg.indexOf('=');
      if (equals < 0) {
        args.bare.add(arg);
        continue;
      }
      String key = arg.substring(0, equals).trim();
      if (args.keyed.put(key, arg.substring(equals + 1).trim()) != null) {
        throw new IllegalArgumentException("it gives " + key + " twice");
      }
    }
    return args;
  }

  String name() {
    return name;
  }

  /**
   * The target: a bare ratio such as {@code 2:1}, {@code ratio=2:1} or {@code counts=...}, at most
   * one of them; balanced when none is given. A bare ratio is only looked for at the end of the
   * bare arguments.
   */
  TargetRatio target() {
    List<String> forms = new ArrayList<>();
    if (bareRead < bare.size()) {
      String last = bare.get(bare.size() - 1);
      if (last.contains(":") || last.equals("balanced")) {
        forms.add(bare.remove(bare.size() - 1));
      }
    }
    if (keyed.containsKey("ratio")) {
      read.add("ratio");
      forms.add(keyed.get("ratio"));
    }
    if (keyed.containsKey("counts")) {
      read.add("counts");
      forms.add("counts=" + keyed.get("counts"));
    }
    if (forms.size() > 1) {
      throw new IllegalArgumentException("it gives the target " + forms.size() + " times " + forms);
    }
    return forms.isEmpty() ? TargetRatio.balanced() : TargetRatio.parse(forms.get(0));
  }

  /** The next bare argument as an integer, or the default when there is none. */
  int bareInteger(String what, int defaultValue) {
    if (bareRead == bare.size()) {
      return defaultValue;
    }
    return integer(what, bare.get(bareRead++));
  }

  /** The keyed argument as an integer, or the default when it is not given. */
  int keyedInteger(String key, int defaultValue) {
    if (!keyed.containsKey(key)) {
      return defaultValue;
    }
    read.add(key);
    return integer(key, keyed.get(key));
  }

  /** Rejects arguments that no reader took. */
  void requireAllRead() {
    if (bareRead < bare.size()) {
      throw new IllegalArgumentException(
          "it has an unexpected argument '" + bare.get(bareRead) + "'");
    }
    for (String key : keyed.keySet()) {
      if (!read.contains(key)) {
        throw new IllegalArgumentException("it has an unknown parameter '" + key + "'");
      }
    }
  }

  private static int integer(String what, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(what + " '" + value + "' must be an integer", e);
    }
  }
}
