// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.datasource;

import java.util.Arrays;

/** What MQTTee reads from and adds to H2 JDBC URLs. */
final class H2Url {
  static final String WRITE_DELAY = "WRITE_DELAY";
  private static final String IN_MEMORY_PREFIX = "jdbc:h2:mem:";

  private H2Url() {}

  static boolean isInMemory(String url) {
    return url.regionMatches(true, 0, IN_MEMORY_PREFIX, 0, IN_MEMORY_PREFIX.length());
  }

  /**
   * The URL with {@code WRITE_DELAY=0} unless it sets a write delay itself: H2 otherwise keeps
   * committed changes in memory for up to 500 ms before it writes them to the file, and a commit
   * the broker acknowledged would be lost with the process.
   */
  static String withCommitsWrittenAtOnce(String url) {
    if (isInMemory(url) || setsSetting(url, WRITE_DELAY)) {
      return url;
    }
    return url + (url.endsWith(";") ? "" : ";") + WRITE_DELAY + "=0";
  }

  /** True if one of the URL's {@code ;NAME=value} settings is {@code name} (any case). */
  static boolean setsSetting(String url, String name) {
    String[] parts = url.split(";");
    return Arrays.stream(parts, 1, parts.length)
        .map(setting -> setting.split("=", 2)[0].strip())
        .anyMatch(name::equalsIgnoreCase);
  }
}
