// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.sys;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.lang.management.ManagementFactory;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

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

  /**
   * The capacity of this JVM; unlimited where the platform does not tell its open-file limit. The
   * counts are read as attributes of the operating system's platform MXBean, not through {@code
   * com.sun.management.UnixOperatingSystemMXBean}: WildFly does not expose that JDK package to
   * deployments.
   */
  public static ConnectionCapacity ofThisProcess() {
    MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    try {
      ObjectName os = new ObjectName(ManagementFactory.OPERATING_SYSTEM_MXBEAN_NAME);
      if (server.getAttribute(os, "MaxFileDescriptorCount") instanceof Long limit
          && server.getAttribute(os, "OpenFileDescriptorCount") instanceof Long open) {
        return new ConnectionCapacity(limit, open);
      }
    } catch (JMException notUnix) {
      LOG.log(Level.DEBUG, "no open-file limit known: {0}", notUnix.getMessage());
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
