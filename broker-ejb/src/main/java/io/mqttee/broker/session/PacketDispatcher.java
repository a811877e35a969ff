// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import io.mqttee.broker.connection.ClientConnection;
import io.mqttee.broker.publish.PublishHandler;
import io.mqttee.protocol.packet.Connect;
import io.mqttee.protocol.packet.Disconnect;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.PubAck;
import io.mqttee.protocol.packet.PubComp;
import io.mqttee.protocol.packet.PubRec;
import io.mqttee.protocol.packet.PubRel;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.ReasonCodes;
import io.mqttee.protocol.packet.Subscribe;
import io.mqttee.protocol.packet.Unsubscribe;

/** Sends each packet of a connection to the handler of its type. */
public final class PacketDispatcher {
  private final ConnectHandler connect;
  private final PublishHandler publish;
  private final SubscribeHandler subscribe;
  private final UnsubscribeHandler unsubscribe;
  private final ClientAckHandler acks;
  private final ConnectionCloser closer;

  public PacketDispatcher(
      ConnectHandler connect,
      PublishHandler publish,
      SubscribeHandler subscribe,
      UnsubscribeHandler unsubscribe,
      ClientAckHandler acks,
      ConnectionCloser closer) {
    this.connect = connect;
    this.publish = publish;
    this.subscribe = subscribe;
    this.unsubscribe = unsubscribe;
    this.acks = acks;
    this.closer = closer;
  }

  public void dispatch(ClientConnection connection, MqttPacket packet) {
    if (connection.session() == null) {
      if (packet instanceof Connect c) {
        connect.connect(connection, c);
      } else {
        closer.abort(connection, packet.type() + " before CONNECT", "MQTT-3.1.0-1");
      }
      return;
    }
    switch (packet.type()) {
      case PUBLISH -> publish.publish(connection, (Publish) packet);
      case PUBACK -> acks.pubAck(connection, (PubAck) packet);
      case PUBREC -> acks.pubRec(connection, (PubRec) packet);
      case PUBREL -> publish.release(connection, (PubRel) packet);
      case PUBCOMP -> acks.pubComp(connection, (PubComp) packet);
      case SUBSCRIBE -> subscribe.subscribe(connection, (Subscribe) packet);
      case UNSUBSCRIBE -> unsubscribe.unsubscribe(connection, (Unsubscribe) packet);
      case PINGREQ -> acks.ping(connection);
      case DISCONNECT -> closer.disconnect(connection, (Disconnect) packet);
      case CONNECT -> closer.abort(connection, "second CONNECT", "MQTT-3.1.0-2");
        // no enhanced authentication method is configured, so no AUTH exchange can be under way
      case AUTH ->
          closer.abort(
              connection,
              ReasonCodes.BAD_AUTHENTICATION_METHOD,
              "AUTH without an authentication method",
              "MQTT-4.12.0-1");
      default -> closer.abort(connection, packet.type() + " from a client", "MQTT-4.8.0-1");
    }
  }
}
