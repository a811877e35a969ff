// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import io.mqttee.broker.connection.ClientConnection;
import io.mqttee.protocol.packet.PubAck;
import io.mqttee.protocol.packet.PubComp;
import io.mqttee.protocol.packet.PubRec;
import io.mqttee.protocol.packet.PubRel;

/** PUBACK, PUBREC and PUBCOMP from a client: the sender side of the QoS 1 and 2 flows. */
public final class ClientAckHandler {

  public void pubAck(ClientConnection connection, PubAck ack) {
    connection.session().acknowledged(ack.packetId());
  }

  /** MQTT-4.3.3-1: PUBREC is answered with PUBREL; the message stays until PUBCOMP. */
  public void pubRec(ClientConnection connection, PubRec rec) {
    connection.session().received(rec.packetId());
    connection.send(new PubRel(rec.packetId()));
  }

  public void pubComp(ClientConnection connection, PubComp comp) {
    connection.session().completed(comp.packetId());
  }
}
