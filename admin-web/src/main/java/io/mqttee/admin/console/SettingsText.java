// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.console;

import io.mqttee.broker.admin.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A listener's settings as the text an administrator edits: one {@code name=value} a line. */
public final class SettingsText {

  private SettingsText() {}

  public static String format(Map<String, String> settings) {
    return settings.entrySet().stream()
        .map(setting -> setting.getKey() + "=" + setting.getValue())
        .collect(Collectors.joining("\n"));
  }

  /**
   * @throws InvalidInputException naming the first line that is not {@code name=value}
   */
  public static Map<String, String> parse(String text) {
    Map<String, String> settings = new LinkedHashMap<>();
    String[] lines = text == null ? new String[0] : text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int equals = line.indexOf('=');
      if (equals <= 0) {
        throw new InvalidInputException("line " + (i + 1) + " is not name=value: " + line);
      }
      settings.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
    }
    return settings;
  }
}
