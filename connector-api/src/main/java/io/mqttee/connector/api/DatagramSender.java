// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.api;

import java.net.InetSocketAddress;

/**
 * The outbound side of the adapter's datagram listeners, reached through {@link
 * OutboundConnection#datagrams()}. Thread-safe; no call blocks.
 *
 * <p>A listener's socket is bound on one of its lanes, and that lane's thread writes every
 * datagram: datagrams sent from one thread leave in the order sent. A datagram is dropped,
 * silently, when the listener is unknown or stopped, and when more than the socket's write buffer
 * is waiting to be written (UDP may lose datagrams anyway; MQTT-SN retransmits).
 */
public interface DatagramSender {

  /**
   * Queues one datagram to {@code to}. The adapter keeps {@code datagram} until it is written: do
   * not change the array after the call.
   *
   * @param listener the listener whose socket sends it ("mqtt-sn"), so the datagram leaves from the
   *     port the peer wrote to
   */
  void send(String listener, InetSocketAddress to, byte[] datagram);

  /**
   * Queues one datagram to the listener's broadcast address (255.255.255.255 unless configured
   * otherwise, setting {@code broadcast}) at {@code port}; the socket has SO_BROADCAST on.
   */
  void broadcast(String listener, int port, byte[] datagram);

  /**
   * Runs {@code task} on the lane of {@code peer}: the thread that delivers that peer's datagrams
   * to {@link DatagramInboundListener#onDatagrams}, after the calls and tasks already queued there
   * and never at the same time as one of them. Meant for timers (keep-alive supervision,
   * retransmission) that touch a peer's state without a lock. The task must not block. An exception
   * it throws is logged and counted; the lane keeps running.
   *
   * @param listener the listener whose lanes carry the peer ("mqtt-sn")
   * @return false when the listener's activation is gone: the task will never run
   */
  boolean runOnLane(String listener, InetSocketAddress peer, Runnable task);
}
