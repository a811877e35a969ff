// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import io.mqttee.broker.connection.ClientConnection;
import io.mqttee.broker.store.MessageStore;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.PacketType;
import io.mqttee.protocol.packet.PubAck;
import io.mqttee.protocol.packet.ReasonCodes;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends the replies that promise stored state (CONNACK of a persistent session, SUBACK, UNSUBACK,
 * PUBACK, PUBREC, PUBCOMP, the close after a DISCONNECT) only once the store has that state on
 * disk. While any reply of a connection waits, later ones queue behind it, so the client sees them
 * in order. When the store fails to commit, the reply is not sent: an MQTT 5 publisher gets PUBACK
 * 0x80 Unspecified error for its QoS 1 message, every other client loses the connection, and each
 * sends again as MQTT requires after a lost acknowledgement.
 */
public final class DurableReplies {
  private final MessageStore store;
  private ConnectionCloser closer;

  public DurableReplies(MessageStore store) {
    this.store = store;
  }

  /** The closer used when the store fails; set once, when the object graph is built. */
  public void closeWith(ConnectionCloser connectionCloser) {
    this.closer = connectionCloser;
  }

  /** Sends {@code reply}, after the store's durability point when {@code afterDurable}. */
  public void send(ClientConnection connection, MqttPacket reply, boolean afterDurable) {
    if (!afterDurable && connection.acksAwaitingDurability().get() == 0) {
      write(connection, reply); // the common case on the packet path: no callbacks allocated
      return;
    }
    run(connection, afterDurable, () -> write(connection, reply), () -> fail(connection, reply));
  }

  /**
   * Runs {@code reply}, which sends one or more packets, in the connection's reply order; after the
   * durability point when {@code afterDurable}. A failed commit closes the connection instead.
   */
  public void run(ClientConnection connection, boolean afterDurable, Runnable reply) {
    run(connection, afterDurable, reply, () -> storeFailed(connection));
  }

  /** As {@link #run(ClientConnection, boolean, Runnable)}, with {@code onFailed} instead. */
  public void run(
      ClientConnection connection, boolean afterDurable, Runnable reply, Runnable onFailed) {
    AtomicInteger waiting = connection.acksAwaitingDurability();
    if (!afterDurable && waiting.get() == 0) {
      reply.run();
      return;
    }
    waiting.incrementAndGet();
    store.whenDurable(
        () -> {
          try {
            reply.run();
          } finally {
            waiting.decrementAndGet();
          }
        },
        () -> {
          try {
            onFailed.run();
          } finally {
            waiting.decrementAndGet();
          }
        });
  }

  private static void write(ClientConnection connection, MqttPacket reply) {
    connection.send(reply);
    if (reply.type() == PacketType.PUBACK) {
      connection.pubAcksPending().decrementAndGet();
    }
  }

  private void fail(ClientConnection connection, MqttPacket reply) {
    if (reply instanceof PubAck ack && connection.version().isMqtt5()) {
      write(
          connection,
          new PubAck(ack.packetId(), ReasonCodes.UNSPECIFIED_ERROR, MqttProperties.EMPTY));
      return;
    }
    if (reply.type() == PacketType.PUBACK) {
      connection.pubAcksPending().decrementAndGet();
    }
    storeFailed(connection);
  }

  private void storeFailed(ClientConnection connection) {
    closer.abort(
        connection,
        ReasonCodes.UNSPECIFIED_ERROR,
        "the message store could not commit; the client must send again",
        "MQTT-4.4.0-1");
  }
}
