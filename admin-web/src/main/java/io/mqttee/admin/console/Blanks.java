// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.console;

/** Form fields left empty mean "no filter" or "none". */
final class Blanks {

  private Blanks() {}

  static String toNull(String field) {
    return field == null || field.isBlank() ? null : field.strip();
  }
}
