// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.transport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Loopback ports for listeners that are moved at runtime, where port 0 is refused. */
final class FreePort {

  private FreePort() {}

  /** A port nothing listens on right now. */
  static int find() throws IOException {
    try (ServerSocket probe = new ServerSocket()) {
      probe.bind(new InetSocketAddress("127.0.0.1", 0));
      return probe.getLocalPort();
    }
  }

  /** A socket that holds a port, so that binding it again fails. */
  static ServerSocket occupy() throws IOException {
    ServerSocket taken = new ServerSocket();
    taken.setReuseAddress(false);
    taken.bind(new InetSocketAddress("127.0.0.1", 0));
    return taken;
  }
}
