package dev.testpod.operator.config;

/** A configuration value the operator cannot start with; the message names the variable and the value. */
public final class InvalidSettingException extends IllegalArgumentException {

  public InvalidSettingException(String variable, String value, String expected) {
    super(variable + "=\"" + value + "\" is invalid: expected " + expected);
  }
}
