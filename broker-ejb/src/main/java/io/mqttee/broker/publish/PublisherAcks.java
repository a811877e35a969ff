// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.publish;

import io.mqttee.broker.connection.ClientConnection;
import io.mqttee.broker.store.MessageStore;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.PacketType;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends PUBACK, PUBREC and PUBCOMP to a publisher. An ack for a message that a persistent session
 * stored waits for the store's durability point; while any ack of a connection waits, later ones
 * queue behind it so the client sees them in order.
 */
public final class PublisherAcks {
  private final MessageStore store;

  public PublisherAcks(MessageStore store) {
    this.store = store;
  }

  public void send(ClientConnection connection, MqttPacket ack, boolean afterDurable) {
    AtomicInteger waiting = connection.acksAwaitingDurability();
    if (!afterDurable && waiting.get() == 0) {
      write(connection, ack);
      return;
    }
    waiting.incrementAndGet();
    store.whenDurable(
        () -> {
          write(connection, ack);
          waiting.decrementAndGet();
        });
  }

  private static void write(ClientConnection connection, MqttPacket ack) {
    connection.send(ack);
    if (ack.type() == PacketType.PUBACK) {
      connection.pubAcksPending().decrementAndGet();
    }
  }
}
