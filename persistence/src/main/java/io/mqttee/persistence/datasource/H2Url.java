// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.datasource;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What MQTTee reads from and adds to H2 JDBC URLs. */
final class H2Url {
  static final String WRITE_DELAY = "WRITE_DELAY";
  static final String DB_CLOSE_ON_EXIT = "DB_CLOSE_ON_EXIT";
  private static final String IN_MEMORY_PREFIX = "jdbc:h2:mem:";
  private static final List<String> FILE_PREFIXES = List.of("jdbc:h2:file:", "jdbc:h2:");
  private static final String RELATIVE = "./";

  private H2Url() {}

  static boolean isInMemory(String url) {
    return url.regionMatches(true, 0, IN_MEMORY_PREFIX, 0, IN_MEMORY_PREFIX.length());
  }

  /**
   * The URL with the settings the store relies on, unless it sets them itself: {@code
   * WRITE_DELAY=0}, since H2 otherwise keeps committed changes in memory for up to 500 ms before it
   * writes them to the file, and a commit the broker acknowledged would be lost with the process;
   * and {@code DB_CLOSE_ON_EXIT=FALSE}, which keeps H2's own shutdown hook from closing the
   * database before the store has drained its log at undeploy. (They are added here, not written
   * into the {@code @DataSourceDefinition} URL: WildFly takes each {@code ;NAME=value} of that URL
   * for a property of the datasource class.)
   */
  static String withStoreSettings(String url) {
    return withSetting(withCommitsWrittenAtOnce(url), DB_CLOSE_ON_EXIT, "FALSE");
  }

  static String withCommitsWrittenAtOnce(String url) {
    return withSetting(url, WRITE_DELAY, "0");
  }

  /**
   * The URL with a relative database path ({@code ./...}, as H2 requires relative paths to be
   * written) resolved against {@code directory}, if there is one; other URLs unchanged.
   */
  static String resolvedAgainst(String url, Optional<Path> directory) {
    if (directory.isEmpty()) {
      return url;
    }
    for (String prefix : FILE_PREFIXES) {
      int path = prefix.length();
      if (url.regionMatches(true, 0, prefix, 0, path) && url.startsWith(RELATIVE, path)) {
        String base = directory.get().toAbsolutePath().toString().replace('\\', '/');
        return url.substring(0, path) + base + "/" + url.substring(path + RELATIVE.length());
      }
    }
    return url;
  }

  /** True if one of the URL's {@code ;NAME=value} settings is {@code name} (any case). */
  static boolean setsSetting(String url, String name) {
    String[] parts = url.split(";");
    return Arrays.stream(parts, 1, parts.length)
        .map(setting -> setting.split("=", 2)[0].strip())
        .anyMatch(name::equalsIgnoreCase);
  }

  private static String withSetting(String url, String name, String value) {
    if (isInMemory(url) || setsSetting(url, name)) {
      return url;
    }
    return url + (url.endsWith(";") ? "" : ";") + name + "=" + value;
  }
}
