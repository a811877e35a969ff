// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e.support;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Remote asadmin subcommands on the test domain's running server, through its admin port (from the
 * build; the test domain has no admin password).
 */
final class Asadmin {

  private static final Duration TIMEOUT = Duration.ofMinutes(2);

  private Asadmin() {}

  /** Runs one subcommand with its arguments; returns its output, fails if it fails. */
  static String run(String... subcommand) throws IOException, InterruptedException {
    String adminPort = System.getProperty("payara.admin.port");
    if (adminPort == null) {
      throw new IllegalStateException(
          "payara.admin.port is not set; run the tests with mvn verify");
    }
    return runOn(Integer.parseInt(adminPort), subcommand);
  }

  /** As {@link #run}, on the server whose admin listener is {@code adminPort}. */
  static String runOn(int adminPort, String... subcommand)
      throws IOException, InterruptedException {
    List<String> options =
        List.of(
            "--host", "localhost", "--port", Integer.toString(adminPort), "--interactive=false");
    List<String> arguments = new ArrayList<>(options);
    arguments.addAll(List.of(subcommand));
    return local(arguments.toArray(String[]::new));
  }

  /** A subcommand that needs no running server (create-domain, start-domain). */
  static String local(String... subcommand) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("payara.home"), "bin", "asadmin").toString());
    command.addAll(List.of(subcommand));
    return Commands.run(command, TIMEOUT);
  }

  /** The system properties of the server instance, as {@code list-system-properties} shows them. */
  static Map<String, String> systemProperties() throws IOException, InterruptedException {
    Map<String, String> properties = new LinkedHashMap<>();
    for (String line : run("list-system-properties", "server").split("\\R")) {
      int equals = line.indexOf('=');
      if (equals > 0 && !line.startsWith("Command ")) {
        properties.put(line.substring(0, equals).trim(), line.substring(equals + 1).trim());
      }
    }
    return properties;
  }

  /**
   * One {@code name=value} operand of {@code create-system-properties}, whose separators (colon
   * between properties, equals sign between name and value) and quotes must be escaped in values.
   */
  static String property(String name, String value) {
    return name + "=" + value.replaceAll("([\\\\:=\"'])", "\\\\$1");
  }
}
