// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.application;

import io.mqttee.api.MqttMessage;
import io.mqttee.api.MqttPublishException;
import io.mqttee.connector.api.TransportLimits;
import io.mqttee.connector.rar.transport.Lane;
import io.mqttee.protocol.codec.MqttEncoder;
import io.mqttee.protocol.packet.ConnAck;
import io.mqttee.protocol.packet.Connect;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.PacketIdAck;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.PubComp;
import io.mqttee.protocol.packet.PubRec;
import io.mqttee.protocol.packet.PubRel;
import io.mqttee.protocol.packet.ReasonCodes;
import io.mqttee.protocol.topic.TopicNames;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A connection factory's connection to the broker, shared by all its handles: connected on the
 * first publish, and again after the broker restarted. QoS 1 and 2 publishes wait for the broker's
 * acknowledgement, within the broker's Receive Maximum.
 */
final class Publisher implements BrokerLink.Peer, Applications.LinkOwner {

  private static final Logger LOG = System.getLogger(Publisher.class.getName());
  static final long TIMEOUT_SECONDS = 10;
  private static final int RECEIVE_MAXIMUM = 0x21;
  private static final int WINDOW_LIMIT = 1_024;

  private final Applications applications;
  private final String username;
  private final Map<Integer, CompletableFuture<Integer>> pending = new ConcurrentHashMap<>();
  private BrokerLink link;
  private CompletableFuture<Semaphore> connected;
  private int lastPacketId;

  Publisher(Applications applications, String username) {
    this.applications = applications;
    this.username = SubscriberConnect.blankToNull(username);
  }

  /**
   * Publishes; for QoS 1 and 2, {@code awaitAck} waits for the broker's acknowledgement.
   *
   * @throws MqttPublishException when refused, or not acknowledged in time
   */
  void publish(MqttMessage message, boolean awaitAck) {
    checkPublishable(message);
    BrokerLink current = connectedLink();
    if (message.qos() == 0) {
      current.submit(MessageConversion.toPublish(message, 0));
      return;
    }
    Semaphore window = window();
    acquire(window);
    CompletableFuture<Integer> acked = new CompletableFuture<>();
    int packetId = register(acked);
    acked.whenComplete((code, failure) -> window.release());
    current.submit(MessageConversion.toPublish(message, packetId));
    if (awaitAck) {
      check(message, await(acked));
    } else {
      acked.thenAccept(
          code -> {
            if (code >= 0x80) {
              LOG.log(Level.ERROR, "publish to {0} refused: {1}", message.topic(), reason(code));
            }
          });
    }
  }

  /**
   * Refuses, in the caller, what the broker refuses from any client by closing its connection,
   * since this connection carries every publish of the factory: an invalid topic name
   * (MQTT-3.3.2-2), and a packet larger than the broker's Maximum Packet Size (MQTT 5 section
   * 3.2.2.3.6), the same limit a client over a socket has.
   *
   * @throws MqttPublishException with reason code 0x90 (topic name invalid) or 0x95 (packet too
   *     large)
   */
  static void checkPublishable(MqttMessage message) {
    if (!TopicNames.isValid(message.topic())) {
      throw new MqttPublishException(
          "not a valid topic name: " + message.topic(), ReasonCodes.TOPIC_NAME_INVALID);
    }
    int size =
        MqttEncoder.encodedLength(MessageConversion.toPublish(message, 1), ProtocolVersion.MQTT_5);
    int maximum = TransportLimits.maxPacketSize();
    if (size > maximum) {
      throw new MqttPublishException(
          "the message to "
              + message.topic()
              + " is "
              + size
              + " bytes as a packet, more than the broker's maximum packet size of "
              + maximum
              + " (mqttee.max-packet-size)",
          ReasonCodes.PACKET_TOO_LARGE);
    }
  }

  private static void check(MqttMessage message, int code) {
    if (code >= 0x80) {
      throw new MqttPublishException(
          "the broker refused the publish to " + message.topic() + ": " + reason(code), code);
    }
  }

  private static String reason(int code) {
    return code == 0x87 ? "not authorized (0x87)" : "reason 0x" + Integer.toHexString(code);
  }

  private synchronized BrokerLink connectedLink() {
    if (link == null || !link.isOpen()) {
      Lane lane = applications.lane();
      if (lane == null) {
        throw new MqttPublishException("the MQTT broker is not running", -1);
      }
      connected = new CompletableFuture<>();
      link = BrokerLink.open(lane, applications.connections(), connectPacket(), this);
      if (link == null) {
        throw new MqttPublishException("the MQTT broker is stopping", -1);
      }
    }
    return link;
  }

  private Connect connectPacket() {
    return new Connect(
        ProtocolVersion.MQTT_5,
        "mqttee-app-" + UUID.randomUUID().toString().substring(0, 12),
        true,
        0,
        username,
        null,
        null,
        MqttProperties.EMPTY);
  }

  private synchronized CompletableFuture<Semaphore> connectedFuture() {
    return connected;
  }

  private Semaphore window() {
    try {
      return connectedFuture().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new MqttPublishException(e.getCause().getMessage(), -1);
    } catch (TimeoutException e) {
      throw new MqttPublishException("the broker did not accept the connection in time", -1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MqttPublishException("interrupted", -1);
    }
  }

  private static void acquire(Semaphore window) {
    try {
      if (!window.tryAcquire(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        throw new MqttPublishException("too many publishes awaiting the broker", -1);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MqttPublishException("interrupted", -1);
    }
  }

  private synchronized int register(CompletableFuture<Integer> acked) {
    int id = lastPacketId;
    do {
      id = id >= 65_535 ? 1 : id + 1;
    } while (pending.containsKey(id));
    lastPacketId = id;
    pending.put(id, acked);
    return id;
  }

  private static int await(CompletableFuture<Integer> acked) {
    try {
      return acked.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new MqttPublishException(e.getCause().getMessage(), -1);
    } catch (TimeoutException e) {
      throw new MqttPublishException("the broker did not acknowledge in time", -1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MqttPublishException("interrupted", -1);
    }
  }

  @Override
  public void received(BrokerLink from, MqttPacket packet) {
    if (packet instanceof PubRec rec && rec.reasonCode() < 0x80) {
      from.submit(new PubRel(rec.packetId()));
    } else if (packet instanceof PacketIdAck ack && !(packet instanceof PubRel)) {
      boolean done = !(packet instanceof PubRec) || ack.reasonCode() >= 0x80;
      CompletableFuture<Integer> acked = done ? pending.remove(ack.packetId()) : null;
      if (acked != null) {
        acked.complete(packet instanceof PubComp ? 0 : ack.reasonCode());
      }
    } else if (packet instanceof ConnAck ack) {
      connected(ack);
    }
  }

  private void connected(ConnAck ack) {
    CompletableFuture<Semaphore> future = connectedFuture();
    if (ack.reasonCode() != 0) {
      future.completeExceptionally(
          new MqttPublishException(
              "the broker refused the connection: " + reason(ack.reasonCode()), ack.reasonCode()));
      return;
    }
    int receiveMaximum = ack.properties().intValue(RECEIVE_MAXIMUM, 65_535);
    future.complete(new Semaphore(Math.min(receiveMaximum, WINDOW_LIMIT)));
  }

  @Override
  public void lost(BrokerLink from, String reason) {
    MqttPublishException failure = new MqttPublishException("connection lost: " + reason, -1);
    synchronized (this) {
      if (connected != null) {
        connected.completeExceptionally(failure);
      }
    }
    pending.values().forEach(acked -> acked.completeExceptionally(failure));
    pending.clear();
  }

  @Override
  public synchronized void brokerStopped() {
    if (link != null) {
      link.abandon("the broker stopped");
    }
  }
}
