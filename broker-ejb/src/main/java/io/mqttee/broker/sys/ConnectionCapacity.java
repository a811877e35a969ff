// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.sys;

import com.sun.management.UnixOperatingSystemMXBean;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/**
 * How many connections the server's open-file limit leaves room for: every connection holds a file
 * descriptor, so the limit caps connections, and without a word the operating system refuses the
 * next accept. Logged at start; a warning when the connected clients reach 90 % of it, again after
 * they fell below 80 %.
 */
public final class ConnectionCapacity {
  private static final Logger LOG = System.getLogger(ConnectionCapacity.class.getName());

  /** Descriptors kept for what else the server opens: files, database connections, listeners. */
  static final int RESERVE = 256;

  private static final double WARN_AT = 0.9;
  private static final double REARM_BELOW = 0.8;

  private final long capacity;
  private final long limit;
  private boolean warned; // guarded by this

  ConnectionCapacity(long openFileLimit, long openFiles) {
    this.limit = openFileLimit;
    this.capacity = Math.max(0, openFileLimit - openFiles - RESERVE);
  }

  /** The capacity of this JVM; unlimited where the platform does not tell its open-file limit. */
  public static ConnectionCapacity ofThisProcess() {
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof UnixOperatingSystemMXBean unix) {
      return new ConnectionCapacity(
          unix.getMaxFileDescriptorCount(), unix.getOpenFileDescriptorCount());
    }
    return new ConnectionCapacity(Long.MAX_VALUE, 0);
  }

  public long capacity() {
    return capacity;
  }

  public void logAtStart() {
    if (limit == Long.MAX_VALUE) {
      return;
    }
    LOG.log(
        Level.INFO,
        "connection capacity: about {0} connections (open-file limit {1}); raise it with ulimit -n"
            + " or the service's LimitNOFILE for more",
        capacity,
        limit);
  }

  /**
   * Called with the number of connected clients after one more connected; warns when it nears the
   * capacity.
   *
   * @return true when this call logged the warning
   */
  public synchronized boolean connected(long connections) {
    if (!warned && connections >= capacity * WARN_AT) {
      warned = true;
      LOG.log(
          Level.WARNING,
          "{0} connections, near the capacity of about {1} that the open-file limit {2} leaves:"
              + " further connections will be refused by the operating system",
          connections,
          capacity,
          limit);
      return true;
    }
    if (warned && connections < capacity * REARM_BELOW) {
      warned = false;
    }
    return false;
  }
}
