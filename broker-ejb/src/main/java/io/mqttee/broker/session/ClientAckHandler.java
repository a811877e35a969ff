// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import io.mqttee.broker.connection.ClientConnection;
import io.mqttee.protocol.packet.PingResp;
import io.mqttee.protocol.packet.PubAck;
import io.mqttee.protocol.packet.PubComp;
import io.mqttee.protocol.packet.PubRec;
import io.mqttee.protocol.packet.PubRel;

/**
 * PUBACK, PUBREC and PUBCOMP from a client: the sender side of the QoS 1 and 2 flows; and PINGREQ.
 * Replies go through {@link DurableReplies}, so they never overtake one that waits for the store.
 */
public final class ClientAckHandler {
  private final DurableReplies replies;

  public ClientAckHandler(DurableReplies replies) {
    this.replies = replies;
  }

  public void pubAck(ClientConnection connection, PubAck ack) {
    connection.session().acknowledged(ack.packetId());
  }

  /** MQTT-4.3.3-1: PUBREC is answered with PUBREL; the message stays until PUBCOMP. */
  public void pubRec(ClientConnection connection, PubRec rec) {
    Session session = connection.session();
    session.received(rec.packetId());
    // a persistent session's PUBREL waits for the PUBREC state on disk: after a crash the broker
    // must resend PUBREL, not the PUBLISH the client already took
    replies.send(connection, new PubRel(rec.packetId()), session.persistent());
  }

  /** MQTT-3.12.4-1: PINGREQ is answered with PINGRESP. */
  public void ping(ClientConnection connection) {
    replies.send(connection, PingResp.INSTANCE, false);
  }

  public void pubComp(ClientConnection connection, PubComp comp) {
    connection.session().completed(comp.packetId());
  }
}
