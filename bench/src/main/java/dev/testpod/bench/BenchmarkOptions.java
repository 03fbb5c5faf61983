package dev.testpod.bench;

import java.util.HashMap;
import java.util.Map;

/** Parses {@code name=value} arguments with positive integer values, rejecting unknown names. */
final class BenchmarkOptions {

  private BenchmarkOptions() {}

  static Map<String, Integer> parse(String[] args, Map<String, Integer> defaults) {
    Map<String, Integer> options = new HashMap<>(defaults);
    for (String arg : args) {
      int equals = arg.indexOf('=');
      String name = equals < 0 ? arg : arg.substring(0, equals);
      if (equals < 0 || !defaults.containsKey(name)) {
        throw new IllegalArgumentException("Invalid argument \"" + arg + "\": expected one of "
            + defaults.keySet() + " as name=value");
      }
      String value = arg.substring(equals + 1);
      try {
        int parsed = Integer.parseInt(value);
        if (parsed > 0) {
          options.put(name, parsed);
          continue;
        }
      } catch (NumberFormatException e) {
        // Reported below.
      }
      throw new IllegalArgumentException("Invalid argument \"" + arg + "\": " + name + " must be a positive integer");
    }
    return options;
  }
}
