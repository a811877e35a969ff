// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Runs the mosquitto command-line clients against the broker under test, with time limits. */
public final class MosquittoCli {

  /** What a finished mosquitto_pub or mosquitto_sub printed and returned. */
  public record Result(int exitCode, List<String> lines) {

    /** The lines that are messages, not {@code -d} debug output. */
    public List<String> messages() {
      return lines.stream()
          .filter(l -> !l.startsWith("Client ") && !l.startsWith("Subscribed (mid"))
          .toList();
    }
  }

  /** A mosquitto_sub still running; its output lines are read as they come. */
  public static final class Subscriber {
    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();

    private Subscriber(Process process) {
      this.process = process;
      Thread reader = new Thread(this::readLines, "mosquitto_sub output");
      reader.setDaemon(true);
      reader.start();
    }

    /** Waits until the broker acknowledged the subscription (the {@code -d} SUBACK line). */
    public void awaitSubscribed(Duration timeout) throws InterruptedException {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (System.nanoTime() < deadline) {
        String line = lines.poll(100, TimeUnit.MILLISECONDS);
        if (line != null) {
          seen.add(line);
          if (line.contains("received SUBACK")) {
            return;
          }
        }
      }
      process.destroyForcibly();
      throw new AssertionError("mosquitto_sub got no SUBACK within " + timeout + ": " + seen);
    }

    /** Waits for the process to end (it is killed after {@code timeout}) and returns its output. */
    public Result await(Duration timeout) throws InterruptedException {
      boolean ended = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (!ended) {
        process.destroyForcibly().waitFor();
      }
      // Let the reader thread take the last lines after the process ended.
      Thread.sleep(100);
      lines.drainTo(seen);
      return new Result(ended ? process.exitValue() : -1, List.copyOf(seen));
    }

    private void readLines() {
      try (BufferedReader reader =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = reader.readLine()) != null) {
          lines.add(line);
        }
      } catch (IOException e) {
        lines.add("output unreadable: " + e);
      }
    }
  }

  private MosquittoCli() {}

  /** Starts {@code mosquitto_sub -d} with the broker's host and port and the given arguments. */
  public static Subscriber startSubscriber(String... args) {
    return new Subscriber(start("mosquitto_sub", args));
  }

  /** Runs mosquitto_pub with the broker's host and port and the given arguments. */
  public static Result publish(Duration timeout, String... args) throws InterruptedException {
    Subscriber run = new Subscriber(start("mosquitto_pub", args));
    return run.await(timeout);
  }

  private static Process start(String command, String... args) {
    List<String> line = new ArrayList<>();
    // Line-buffered output, so the -d SUBACK line is readable while the client runs.
    line.add("stdbuf");
    line.add("-oL");
    line.add(command);
    line.add("-d");
    line.add("-h");
    line.add(Broker.host());
    line.add("-p");
    line.add(Integer.toString(Broker.mqttPort()));
    line.addAll(List.of(args));
    try {
      return new ProcessBuilder(line).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot run " + command + " (apt-get install mosquitto-clients)", e);
    }
  }
}
