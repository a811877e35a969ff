// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The end of the test server's log, attached to a failure whose cause is on the server's side. */
public final class ServerLog {

  private ServerLog() {}

  /** The last {@code lines} lines of Payara Server's log, or a note why there are none. */
  public static String tail(int lines) {
    String domain = System.getProperty("payara.domain.dir");
    if (domain == null) {
      return "(no server log: payara.domain.dir is not set)";
    }
    Path log = Path.of(domain, "logs", "server.log");
    try {
      List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(no server log at " + log + ": " + e + ")";
    }
  }
}
