package dev.testpod.operator.production;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** One scrape of a Prometheus text endpoint, read by series name and labels as they appear. */
record PrometheusScrape(String body) {

  /** Returns the value of {@code series}, such as {@code testpod_rollouts_total{result="Succeeded"}}, if present. */
  Optional<Double> value(String series) {
    return lines().stream()
        .filter(line -> line.startsWith(series + " "))
        .map(line -> Double.parseDouble(line.substring(series.length() + 1).trim()))
        .findFirst();
  }

  /** Samples whose series name starts with {@code prefix}. */
  List<String> samples(String prefix) {
    return lines().stream().filter(line -> line.startsWith(prefix)).toList();
  }

  private List<String> lines() {
    return Arrays.stream(body.split("\n")).filter(line -> !line.startsWith("#")).toList();
  }
}
