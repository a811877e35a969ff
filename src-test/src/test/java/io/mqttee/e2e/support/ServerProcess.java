// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e.support;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The test domain's server JVM as an operating-system process: killed without warning, as a crash
 * or {@code kill -9} would, and started again with the applications it had deployed.
 */
public final class ServerProcess {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

  private ServerProcess() {}

  /** SIGKILL: no shutdown hook, no undeploy, no database close runs. */
  public static void kill() throws IOException, InterruptedException {
    Path pidFile = Path.of(System.getProperty("payara.domain.dir"), "config", "pid");
    long pid = Long.parseLong(Files.readString(pidFile).trim());
    ProcessHandle server =
        ProcessHandle.of(pid)
            .orElseThrow(() -> new IllegalStateException("no server process " + pid));
    server.destroyForcibly();
    server.onExit().join();
  }

  /** Starts the domain again and waits until the broker accepts MQTT connections. */
  public static void start() throws IOException, InterruptedException {
    startDomain();
    awaitMqttListener();
  }

  /**
   * Starts the domain unless it runs already. Arquillian starts it for classes with a managed
   * deployment; a class that deploys by hand may run first and must talk to the server before.
   */
  public static void ensureRunning() throws IOException, InterruptedException {
    try {
      new Socket(Broker.host(), Integer.parseInt(System.getProperty("payara.admin.port"))).close();
    } catch (IOException notRunning) {
      startDomain();
    }
  }

  private static void startDomain() throws IOException, InterruptedException {
    Path asadmin = Path.of(System.getProperty("payara.home"), "bin", "asadmin");
    Process start =
        new ProcessBuilder(asadmin.toString(), "start-domain", "domain1")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!start.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS) || start.exitValue() != 0) {
      throw new IllegalStateException("asadmin start-domain failed");
    }
  }

  private static void awaitMqttListener() throws InterruptedException {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        new Socket(Broker.host(), Broker.mqttPort()).close();
        return;
      } catch (IOException notYet) {
        Thread.sleep(500);
      }
    }
    throw new IllegalStateException("the restarted server opened no MQTT listener in time");
  }
}
