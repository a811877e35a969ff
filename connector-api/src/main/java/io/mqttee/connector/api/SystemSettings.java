// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.api;

/**
 * Reads the JVM system properties that configure the adapter and the gateways ({@code mqttee.*}),
 * the one way every module reads them: blank counts as unset, numbers must parse.
 */
public final class SystemSettings {

  private SystemSettings() {}

  /** The trimmed value, or {@code fallback} when unset or blank. */
  public static String text(String name, String fallback) {
    String value = System.getProperty(name);
    return value == null || value.isBlank() ? fallback : value.strip();
  }

  /**
   * The value as an integer, or {@code fallback} when unset or blank.
   *
   * @throws IllegalArgumentException naming the property when the value is not a number
   */
  public static int integer(String name, int fallback) {
    String value = text(name, null);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " is not a number: " + value, e);
    }
  }
}
