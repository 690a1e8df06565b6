package org.nonlin.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Typed reads of members of a parsed JSON object ({@link Json#parse(String)}), for turning maps
 * back into configurations and models. A missing key or a value of the wrong type is a {@link
 * DataFormatException} whose field is the key and whose message says what was expected, e.g. {@code
 * key "classes" holds the number 3 but a list of strings is expected}; callers add the file with
 * {@link DataFormatException#at}.
 */
public final class JsonFields {

  private JsonFields() {}

  /**
   * The value as a JSON object.
   *
   * @param what what the value should be, for the message, e.g. {@code "a layer"}
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> asObject(Object value, String what) {
    if (!(value instanceof Map)) {
      throw new DataFormatException(
          null,
          0,
          null,
          brief(value),
          what + " must be a JSON object, got " + describe(value),
          null);
    }
    return (Map<String, Object>) value;
  }

  /** The value of a key that must be present (it may be JSON null). */
  public static Object require(Map<String, ?> object, String key) {
    if (!object.containsKey(key)) {
      throw new DataFormatException(
          null,
          0,
          key,
          null,
          "key \"" + key + "\" is missing; present are " + object.keySet(),
          null);
    }
    return object.get(key);
  }

  /** A string member. */
  public static String string(Map<String, ?> object, String key) {
    Object value = require(object, key);
    if (!(value instanceof String)) {
      throw wrongType(key, value, "a string");
    }
    return (String) value;
  }

  /** A boolean member. */
  public static boolean bool(Map<String, ?> object, String key) {
    Object value = require(object, key);
    if (!(value instanceof Boolean)) {
      throw wrongType(key, value, "true or false");
    }
    return (Boolean) value;
  }

  /** A number member (a JSON integer or real), as a double. */
  public static double number(Map<String, ?> object, String key) {
    return toDouble(require(object, key), key);
  }

  /** An integer member that fits in an int. */
  public static int integer(Map<String, ?> object, String key) {
    Object value = require(object, key);
    if (!(value instanceof Long)
        || (Long) value < Integer.MIN_VALUE
        || (Long) value > Integer.MAX_VALUE) {
      throw wrongType(key, value, "a whole number within the int range");
    }
    return ((Long) value).intValue();
  }

  /** A nested object member. */
  public static Map<String, Object> object(Map<String, ?> object, String key) {
    Object value = require(object, key);
    if (!(value instanceof Map)) {
      throw wrongType(key, value, "an object");
    }
    return asObject(value, key);
  }

  /** An array member. */
  @SuppressWarnings("unchecked")
  public static List<Object> list(Map<String, ?> object, String key) {
    Object value = require(object, key);
    if (!(value instanceof List)) {
      throw wrongType(key, value, "a list");
    }
    return (List<Object>) value;
  }

  /** An array member of strings. */
  public static List<String> strings(Map<String, ?> object, String key) {
    List<Object> values = list(object, key);
    List<String> result = new ArrayList<>(values.size());
    for (Object value : values) {
      if (!(value instanceof String)) {
        throw wrongType(key, value, "a list of strings");
      }
      result.add((String) value);
    }
    return List.copyOf(result);
  }

  /** An array member of numbers, as doubles. */
  public static double[] doubles(Map<String, ?> object, String key) {
    List<Object> values = list(object, key);
    double[] result = new double[values.size()];
    for (int i = 0; i < result.length; i++) {
      result[i] = toDouble(values.get(i), key);
    }
    return result;
  }

  /**
   * An array member of numbers, as floats (each rounded to the nearest float).
   *
   * @throws DataFormatException when a number is beyond the float range
   */
  public static float[] floats(Map<String, ?> object, String key) {
    double[] wide = doubles(object, key);
    float[] result = new float[wide.length];
    for (int i = 0; i < result.length; i++) {
      result[i] = (float) wide[i];
      if (Float.isInfinite(result[i])) {
        throw wrongType(key, wide[i], "numbers within the float range");
      }
    }
    return result;
  }

  /** An array member of whole numbers within the int range. */
  public static int[] ints(Map<String, ?> object, String key) {
    List<Object> values = list(object, key);
    int[] result = new int[values.size()];
    for (int i = 0; i < result.length; i++) {
      Object value = values.get(i);
      if (!(value instanceof Long) || (Long) value != ((Long) value).intValue()) {
        throw wrongType(key, value, "a list of whole numbers within the int range");
      }
      result[i] = ((Long) value).intValue();
    }
    return result;
  }

  private static double toDouble(Object value, String key) {
    if (!(value instanceof Double) && !(value instanceof Long)) {
      throw wrongType(key, value, "a number");
    }
    return ((Number) value).doubleValue();
  }

  private static DataFormatException wrongType(String key, Object value, String expected) {
    return new DataFormatException(
        null,
        0,
        key,
        brief(value),
        "key \"" + key + "\" holds " + describe(value) + " but " + expected + " is expected",
        null);
  }

  private static String describe(Object value) {
    if (value == null) {
      return "null";
    } else if (value instanceof Map) {
      return "an object";
    } else if (value instanceof List) {
      return "a list";
    } else if (value instanceof String) {
      return "the string " + brief(value);
    } else if (value instanceof Boolean) {
      return brief(value);
    }
    return "the number " + brief(value);
  }

  /** The value as short text for messages: containers are abbreviated. */
  private static String brief(Object value) {
    if (value instanceof Map || value instanceof List) {
      return value instanceof Map ? "{...}" : "[...]";
    }
    String text = value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
    return text.length() > 40 ? text.substring(0, 37) + "..." : text;
  }
}
