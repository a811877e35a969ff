// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.mqttsn.client;

import io.mqttee.connector.api.ConnectionId;
import io.mqttee.protocol.mqttsn.message.SnMessage;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.Will;

/** What the gateway does for one client, in the order the state machine returned them. */
public sealed interface Action
    permits Action.Open,
        Action.ToBroker,
        Action.ToClient,
        Action.ReplaceWill,
        Action.Close,
        Action.Drop,
        Action.Forget {

  /** Open a broker connection for the client; its CONNECT follows as {@link ToBroker}. */
  record Open(ConnectionId connection) implements Action {}

  /** Hand an MQTT packet to the broker on the client's connection. */
  record ToBroker(ConnectionId connection, MqttPacket packet) implements Action {}

  /** Send a datagram to the client. */
  record ToClient(SnMessage message) implements Action {}

  /**
   * Ask the broker to replace the connection's will (null deletes it), then answer the client with
   * WILLTOPICRESP ({@code topicUpdate}) or WILLMSGRESP: accepted, or not supported when refused.
   */
  record ReplaceWill(ConnectionId connection, Will will, boolean topicUpdate) implements Action {}

  /**
   * End the broker connection. Lost (no DISCONNECT was handed to the broker first): the broker
   * publishes the will.
   */
  record Close(ConnectionId connection, boolean lost, String reason) implements Action {}

  /** A datagram the client's state has no use for: counted and dropped. */
  record Drop(String reason) implements Action {}

  /** The client is gone: the gateway forgets its state. */
  record Forget() implements Action {}
}
