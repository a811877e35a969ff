// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.stats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** User plus system CPU time of a process, from {@code /proc/<pid>/stat} (proc(5)). */
public final class ProcessCpu {

  private final Path statFile;
  private final long nanosPerTick;

  /**
   * @param pid the process, or 0 for this JVM
   * @param ticksPerSecond the kernel's USER_HZ ({@code getconf CLK_TCK}, almost always 100)
   */
  public ProcessCpu(long pid, int ticksPerSecond) {
    this.statFile = Path.of("/proc", pid == 0 ? "self" : Long.toString(pid), "stat");
    this.nanosPerTick = 1_000_000_000L / ticksPerSecond;
  }

  /** CPU nanoseconds used so far, or -1 when the process cannot be read. */
  public long cpuNanos() {
    try {
      return parseTicks(Files.readString(statFile)) * nanosPerTick;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** utime + stime, fields 14 and 15; counted after the ")" that ends the command name. */
  static long parseTicks(String stat) {
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
    // fields[0] is field 3 (state), so field n is fields[n - 3]
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
  }
}
