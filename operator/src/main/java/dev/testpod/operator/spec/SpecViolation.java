package dev.testpod.operator.spec;

/**
 * One reason a spec cannot be rolled out.
 *
 * @param field JSON path of the offending field, such as {@code spec.envFrom[0].secretRef.name}
 * @param value the rejected value as text; never the content of a Secret
 * @param problem what is wrong and how to fix it
 */
public record SpecViolation(String field, String value, String problem) {

  /** Returns one sentence naming the field, the value and the problem. */
  public String describe() {
    return field + " \"" + value + "\" is invalid: " + problem;
  }
}
