package org.nonlin.eval;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * A minimal JSON text builder: objects, arrays, strings and numbers, written in call order. The
 * members of the outermost object go on lines of their own; everything inside stays on one line.
 * Non-finite numbers and empty optionals become {@code null}. Callers keep the nesting right.
 */
final class JsonWriter {

  private final StringBuilder out = new StringBuilder();

  /** One entry per open object or array: the number of elements written into it so far. */
  private final Deque<Integer> elementCounts = new ArrayDeque<>();

  /** True between a member name and its value. */
  private boolean afterName;

  JsonWriter beginObject() {
    separate();
    out.append('{');
    elementCounts.push(0);
    return this;
  }

  JsonWriter endObject() {
    elementCounts.pop();
    out.append(elementCounts.isEmpty() ? "\n}" : "}");
    return this;
  }

  JsonWriter beginArray() {
    separate();
    out.append('[');
    elementCounts.push(0);
    return this;
  }

  JsonWriter endArray() {
    elementCounts.pop();
    out.append(']');
    return this;
  }

  /** Writes a member name; the next call writes its value. */
  JsonWriter name(String name) {
    separate();
    string(name);
    out.append(": ");
    afterName = true;
    return this;
  }

  JsonWriter value(String value) {
    separate();
    string(value);
    return this;
  }

  JsonWriter value(long value) {
    separate();
    out.append(value);
    return this;
  }

  JsonWriter value(double value) {
    separate();
    out.append(Double.isFinite(value) ? Double.toString(value) : "null");
    return this;
  }

  JsonWriter value(OptionalDouble value) {
    if (value.isPresent()) {
      return value(value.getAsDouble());
    }
    separate();
    out.append("null");
    return this;
  }

  JsonWriter values(double[] numbers) {
    beginArray();
    for (double x : numbers) {
      value(x);
    }
    return endArray();
  }

  JsonWriter values(List<String> strings) {
    beginArray();
    for (String s : strings) {
      value(s);
    }
    return endArray();
  }

  @Override
  public String toString() {
    return out.toString();
  }

  /**
   * Writes what goes before an element: nothing after a member name, else a comma unless it is the
   * first element of its container, and a line break inside the outermost object.
   */
  private void separate() {
    if (afterName) {
      afterName = false;
      return;
    }
    if (elementCounts.isEmpty()) {
      return;
    }
    int written = elementCounts.pop();
    elementCounts.push(written + 1);
    if (written > 0) {
      out.append(',');
    }
    if (elementCounts.size() == 1) {
      out.append("\n  ");
    } else if (written > 0) {
      out.append(' ');
    }
  }

  private void string(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '"' || ch == '\\') {
        out.append('\\').append(ch);
      } else if (ch < 0x20) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
      } else {
        out.append(ch);
      }
    }
    out.append('"');
  }
}
