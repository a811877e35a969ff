// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.api;

import java.net.InetSocketAddress;
import java.util.List;

/**
 * The second message listener type of the resource adapter, for gateways that speak a datagram
 * protocol (MQTT-SN over UDP). The adapter carries raw datagrams and knows nothing of their
 * protocol: the gateway decodes them.
 *
 * <p>Threading: like {@link MqttInboundListener}, the adapter calls a fixed set of endpoints, one
 * per lane (a thread of its own, from the container's WorkManager). A peer (an IP address and port)
 * always belongs to the same lane, {@code Math.floorMod(peer.hashCode(), lanes)}, so every call for
 * one peer comes from the same thread, one at a time, in arrival order, interleaved in submission
 * order with the tasks given to {@link DatagramSender#runOnLane} for that peer. State kept per peer
 * and touched only from these calls and those tasks needs no lock. A call must not block: the other
 * peers of its lane wait for it.
 *
 * <p>An exception thrown by a call is logged (once per exception class) and counted; the listener
 * keeps receiving and the lane keeps running.
 */
public interface DatagramInboundListener {

  /**
   * Datagrams from one peer, in arrival order; one call per socket read batch and peer.
   *
   * @param listener the name of the adapter listener that received them ("mqtt-sn")
   * @param peer the sender's address
   * @param datagrams each datagram's payload, complete up to the listener's maximum datagram size
   *     (65535 by default, more than UDP carries); the arrays and the list belong to the callee
   */
  void onDatagrams(String listener, InetSocketAddress peer, List<byte[]> datagrams);
}
