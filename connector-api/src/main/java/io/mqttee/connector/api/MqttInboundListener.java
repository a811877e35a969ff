// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.api;

import io.mqttee.protocol.codec.DecodeFailure;
import io.mqttee.protocol.packet.MqttPacket;
import java.util.List;

/**
 * The message listener type of the resource adapter, implemented by the broker's message-driven
 * bean. The adapter calls it on a fixed set of endpoints, one per worker lane; all calls for one
 * connection come from the same lane, in order, one at a time.
 */
public interface MqttInboundListener {

  /** A client connected at the transport level; no packet has been read yet. */
  void onOpen(ConnectionId connection, ConnectionInfo info);

  /** The packets decoded from one socket read, in arrival order. */
  void onPackets(ConnectionId connection, List<MqttPacket> packets);

  /**
   * The bytes after the packets already delivered are not valid MQTT. The adapter reads nothing
   * more from this connection; the broker decides what to send before it closes it.
   */
  void onMalformed(ConnectionId connection, DecodeFailure failure);

  /**
   * The connection is gone: the peer closed it, the network failed, or the broker closed it. Called
   * exactly once per opened connection, after any other call for it.
   *
   * @param closedByBroker true when the close came from {@link OutboundConnection#close}
   */
  void onClosed(ConnectionId connection, boolean closedByBroker);
}
