// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.load;

import io.mqttee.bench.wire.ClientConnection;
import io.mqttee.bench.wire.Handshake;
import io.mqttee.bench.wire.PacketBytes;
import io.mqttee.protocol.packet.ProtocolVersion;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens bench clients in batches (upgrade requests, then CONNECT and SUBSCRIBE, each pipelined over
 * the batch), says goodbye to them, and discards the persistent sessions of clients that had one.
 */
final class Clients {

  private static final int BATCH = 100;
  private static final int TIMEOUT_MILLIS = 10_000;
  private static final long CONNECT_ALL_NANOS = 60_000_000_000L;

  private Clients() {}

  /**
   * Connects {@code count} clients named {@code prefix + i}, each subscribed to {@code subscribe}
   * when it is not null; all accepted, or none left open.
   *
   * @param webSocketPath the WebSocket endpoint's path, or null for MQTT over plain TCP
   * @param persistent whether the sessions outlive the connections (see {@link
   *     PacketBytes#connect(String, ProtocolVersion, boolean)}); a connection that fails then
   *     leaves its session behind, so call {@link #discardSessions} for the same names afterwards
   */
  static List<ClientConnection> connect(
      InetSocketAddress address,
      String webSocketPath,
      ProtocolVersion version,
      String prefix,
      int count,
      byte[] subscribe,
      int receiveBufferBytes,
      boolean persistent)
      throws IOException {
    List<ClientConnection> all = new ArrayList<>(count);
    long deadline = System.nanoTime() + CONNECT_ALL_NANOS;
    try {
      for (int first = 0; first < count; first += BATCH) {
        List<ClientConnection> batch = new ArrayList<>(BATCH);
        for (int i = first; i < Math.min(count, first + BATCH); i++) {
          ClientConnection c =
              ClientConnection.open(
                  address, webSocketPath, prefix + i, receiveBufferBytes, TIMEOUT_MILLIS);
          all.add(c);
          batch.add(c);
        }
        for (ClientConnection c : batch) {
          c.awaitUpgrade();
          byte[] connect = PacketBytes.connect(c.clientId(), version, persistent);
          if (subscribe == null) {
            c.writeBlocking(connect);
          } else {
            c.writeBlocking(connect, subscribe);
          }
        }
        for (ClientConnection c : batch) {
          c.receiveMaximum(Handshake.await(c, version, subscribe != null));
        }
        if (System.nanoTime() > deadline) {
          throw new IOException(
              "connected only " + all.size() + " of " + count + " clients in 60 s");
        }
      }
      for (ClientConnection c : all) {
        c.switchToNonBlocking();
      }
      return all;
    } catch (IOException | RuntimeException e) {
      closeQuietly(all);
      throw e;
    }
  }

  /**
   * Discards the sessions of the clients named {@code prefix + i}: each connects once more with
   * Clean Session 1 (MQTT 5: Clean Start 1, Session Expiry Interval 0), which ends any session the
   * broker kept under that name, and disconnects. Harmless where no session exists.
   */
  static void discardSessions(
      InetSocketAddress address,
      String webSocketPath,
      ProtocolVersion version,
      String prefix,
      int count)
      throws IOException {
    disconnect(
        connect(address, webSocketPath, version, prefix, count, null, 4 * 1024, false), version);
  }

  /** Sends DISCONNECT where the connection still works, then closes; call after the loops ended. */
  static void disconnect(List<ClientConnection> clients, ProtocolVersion version) {
    byte[] disconnect = PacketBytes.disconnect(version);
    for (ClientConnection c : clients) {
      try {
        c.channel().configureBlocking(true);
        c.sayGoodbye(disconnect);
      } catch (IOException | RuntimeException e) {
        // the broker may already have closed it; closing is all that is left to do
      }
    }
    closeQuietly(clients);
  }

  private static void closeQuietly(List<ClientConnection> clients) {
    for (ClientConnection c : clients) {
      try {
        c.close();
      } catch (IOException e) {
        // nothing more to release
      }
    }
  }
}
