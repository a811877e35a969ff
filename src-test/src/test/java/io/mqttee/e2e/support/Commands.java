// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e.support;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the programs the tests drive the server and its database with: asadmin, the scripts. */
final class Commands {

  private Commands() {}

  /**
   * Runs the command and returns what it printed (standard output and error together); fails when
   * it exits with another status than 0 or runs longer than {@code timeout}.
   */
  static String run(List<String> command, Duration timeout)
      throws IOException, InterruptedException {
    Path output = Files.createTempFile("mqttee-e2e-command", ".out");
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(output.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor();
        throw new IllegalStateException(
            String.join(" ", command) + " did not finish within " + timeout.toSeconds() + " s");
      }
      String printed = Files.readString(output, StandardCharsets.UTF_8);
      if (process.exitValue() != 0) {
        throw new IllegalStateException(
            String.join(" ", command) + " exited with " + process.exitValue() + ":\n" + printed);
      }
      return printed;
    } finally {
      Files.deleteIfExists(output);
    }
  }
}
