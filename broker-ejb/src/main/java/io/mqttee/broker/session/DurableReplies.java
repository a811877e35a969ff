// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import io.mqttee.broker.connection.ClientConnection;
import io.mqttee.broker.store.MessageStore;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.PacketType;
import io.mqttee.protocol.packet.PubAck;
import io.mqttee.protocol.packet.ReasonCodes;
import java.util.concurrent.CompletableFuture;
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
   * As {@link #send(ClientConnection, MqttPacket, boolean)}, and also after {@code peers}, the
   * other nodes of a cluster taking the message, when it is not null. Failing that, the reply is
   * treated as a failed commit: the client sends again.
   */
  public void send(
      ClientConnection connection,
      MqttPacket reply,
      boolean afterDurable,
      CompletableFuture<Void> peers) {
    if (peers == null) {
      send(connection, reply, afterDurable);
    } else {
      chain(
          connection,
          afterDurable,
          peers,
          () -> write(connection, reply),
          () -> fail(connection, reply));
    }
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
    if (connection.hasChainedReplies()) {
      chain(connection, afterDurable, null, reply, onFailed);
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

  /**
   * As {@link #run(ClientConnection, boolean, Runnable, Runnable)}, and also after {@code first};
   * {@code onFailed} runs instead when it fails.
   */
  public void runAfter(
      ClientConnection connection,
      boolean afterDurable,
      CompletableFuture<Void> first,
      Runnable reply,
      Runnable onFailed) {
    chain(connection, afterDurable, first, reply, onFailed);
  }

  /** Completes once every store call made before this one is on disk; fails if its commit did. */
  public CompletableFuture<Void> durable() {
    return durablePoint();
  }

  /**
   * A reply behind the connection's earlier replies, the store's durability point when asked, and
   * {@code peers}. The first reply of a chain also waits for the durability point when replies wait
   * for it already: the store runs its callbacks in the order they were registered, so registering
   * now keeps it behind them; while the chain lasts, every later reply joins it.
   */
  private void chain(
      ClientConnection connection,
      boolean afterDurable,
      CompletableFuture<Void> peers,
      Runnable reply,
      Runnable onFailed) {
    AtomicInteger waiting = connection.acksAwaitingDurability();
    // registered outside the connection's lock, since the store may make a caller wait; only the
    // connection's lane adds replies, so no other reply can start waiting in between
    CompletableFuture<Void> storePoint =
        afterDurable || waiting.get() > 0
            ? durablePoint()
            : CompletableFuture.completedFuture(null);
    CompletableFuture<Void> chained =
        connection.chainReply(
            previous -> {
              boolean storeFirst = afterDurable || (previous == null && waiting.get() > 0);
              waiting.incrementAndGet();
              CompletableFuture<Void> durable =
                  storeFirst ? storePoint : CompletableFuture.completedFuture(null);
              CompletableFuture<Void> ready =
                  peers == null ? durable : CompletableFuture.allOf(durable, peers);
              CompletableFuture<Void> turn =
                  previous == null
                      ? CompletableFuture.completedFuture(null)
                      : previous.handle((ignored, failure) -> null);
              return turn.thenCompose(ignored -> ready)
                  .handle((ignored, failure) -> answer(failure, reply, onFailed));
            });
    chained.whenComplete((ignored, failure) -> finishChained(connection, chained, waiting));
  }

  private static Void answer(Throwable failure, Runnable reply, Runnable onFailed) {
    if (failure == null) {
      reply.run();
    } else {
      onFailed.run();
    }
    return null;
  }

  private static void finishChained(
      ClientConnection connection, CompletableFuture<Void> chained, AtomicInteger waiting) {
    waiting.decrementAndGet();
    connection.replySent(chained);
  }

  private CompletableFuture<Void> durablePoint() {
    CompletableFuture<Void> durable = new CompletableFuture<>();
    store.whenDurable(
        () -> durable.complete(null),
        () -> durable.completeExceptionally(new IllegalStateException("commit failed")));
    return durable;
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
