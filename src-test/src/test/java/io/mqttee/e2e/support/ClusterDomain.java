// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e.support;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One node of the test cluster: a Payara Server domain of its own, made with {@code asadmin
 * create-domain --portbase}, so its listeners (admin +48, HTTP +80, IIOP +37, JMX +86, OSGi shell
 * +66, ...) sit in its own block of 100 ports; MQTT on +83 and the grid on +2. Only the MQTT
 * listener of the broker is on: TLS, WebSocket, MQTT-SN and LWM2M would take the same standard
 * ports on every node.
 */
public final class ClusterDomain {
  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

  private final String name;
  private final int portbase;
  private final Path domains;

  ClusterDomain(String name, int portbase, Path domains) {
    this.name = name;
    this.portbase = portbase;
    this.domains = domains;
  }

  public String name() {
    return name;
  }

  public int mqttPort() {
    return portbase + 83;
  }

  public int gridPort() {
    return portbase + 2;
  }

  /** The HTTP listener: the console and the administration API. */
  public String httpBase() {
    return "http://127.0.0.1:" + (portbase + 80);
  }

  int adminPort() {
    return portbase + 48;
  }

  public String tcpUri() {
    return "tcp://127.0.0.1:" + mqttPort();
  }

  /** A new domain, replacing one an earlier run left, with the application API in its lib/. */
  void create(Path apiJar) throws IOException, InterruptedException {
    Path dir = domains.resolve(name);
    if (Files.isDirectory(dir)) {
      Asadmin.local("stop-domain", "--kill=true", "--domaindir", domains.toString(), name);
      Commands.run(List.of("rm", "-rf", dir.toString()), Duration.ofMinutes(1));
    }
    Asadmin.local(
        "create-domain",
        "--nopassword=true",
        "--checkports=false",
        "--portbase",
        Integer.toString(portbase),
        "--domaindir",
        domains.toString(),
        name);
    Files.copy(
        apiJar, dir.resolve("lib").resolve("mqttee-api.jar"), StandardCopyOption.REPLACE_EXISTING);
  }

  /** Starts the domain and waits for its admin listener. */
  public void start() throws IOException, InterruptedException {
    Asadmin.local("start-domain", "--domaindir", domains.toString(), name);
  }

  /** Sets the broker's system properties on the running server (applied at once) and deploys. */
  void deploy(Map<String, String> properties, Path ear) throws IOException, InterruptedException {
    StringBuilder operand = new StringBuilder();
    properties.forEach(
        (key, value) ->
            operand.append(operand.isEmpty() ? "" : ":").append(Asadmin.property(key, value)));
    Asadmin.runOn(
        adminPort(), "create-system-properties", "--target", "server", operand.toString());
    // Payara's own data grid serves Payara's clustering, not MQTTee's
    Asadmin.runOn(adminPort(), "set-hazelcast-configuration", "--enabled=false", "--dynamic=true");
    Asadmin.runOn(adminPort(), "deploy", "--name", "mqttee", ear.toString());
    awaitMqtt();
  }

  /** SIGKILL, as a crash: no shutdown runs, the others see the connection drop. */
  public void kill() throws IOException {
    ProcessHandle server = process();
    server.destroyForcibly();
    server.onExit().join();
  }

  /** SIGSTOP: the node stays, silent, until {@link #thaw()}. */
  public void freeze() throws IOException, InterruptedException {
    Commands.run(List.of("kill", "-STOP", Long.toString(process().pid())), Duration.ofSeconds(10));
  }

  public void thaw() throws IOException, InterruptedException {
    Commands.run(List.of("kill", "-CONT", Long.toString(process().pid())), Duration.ofSeconds(10));
  }

  /** Stops the domain; the broker leaves the cluster as the application stops. */
  public void stop() throws IOException, InterruptedException {
    Asadmin.local("stop-domain", "--kill=false", "--domaindir", domains.toString(), name);
  }

  private ProcessHandle process() throws IOException {
    Path pidFile = domains.resolve(name).resolve("config").resolve("pid");
    long pid = Long.parseLong(Files.readString(pidFile).trim());
    return ProcessHandle.of(pid)
        .orElseThrow(() -> new IllegalStateException("no server process " + pid + " for " + name));
  }

  private void awaitMqtt() throws InterruptedException {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        new Socket("127.0.0.1", mqttPort()).close();
        return;
      } catch (IOException notYet) {
        Thread.sleep(250);
      }
    }
    throw new IllegalStateException(name + " opened no MQTT listener in time");
  }
}
