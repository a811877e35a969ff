// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The part of {@code ./mqttee} that follows the running server: while the server JVM lives it shows
 * the log; when the JVM dies on its own (here a stand-in process killed with SIGKILL, as the OOM
 * killer does) it must end with status 1 and the end of the log, not keep tailing.
 */
@Tag("e2e")
class FollowServerScriptIT {

  private static final Path SCRIPT =
      Path.of(System.getProperty("user.dir")).getParent().resolve("scripts/follow-server.sh");

  @TempDir Path dir;

  @Test
  void exitsWithStatusOneAndTheLogsEndWhenTheServerJvmIsKilled() throws Exception {
    Path log = dir.resolve("server.log");
    Files.writeString(log, "line before the start\n");
    Process server = new ProcessBuilder("sleep", "600").start();
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process follow =
        new ProcessBuilder("bash", SCRIPT.toString(), String.valueOf(server.pid()), log.toString())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    try {
      Thread.sleep(1_500);
      append(log, "written while the server runs\n");
      Thread.sleep(1_500);
      assertTrue(follow.isAlive(), "it keeps following while the server JVM lives");

      server.destroyForcibly().waitFor();

      assertTrue(follow.waitFor(10, TimeUnit.SECONDS), "it ends once the JVM is gone");
      assertEquals(1, follow.exitValue());
      String shown = Files.readString(out);
      assertTrue(shown.contains("written while the server runs"), shown);
      assertTrue(shown.contains("ended unexpectedly"), shown);
      String tail = Files.readString(err);
      assertTrue(tail.contains("line before the start"), tail);
    } finally {
      server.destroyForcibly();
      follow.destroyForcibly();
    }
    assertFalse(server.isAlive());
  }

  private static void append(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
  }
}
