// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.application;

import io.mqttee.connector.rar.transport.Lane;
import io.mqttee.protocol.packet.ConnAck;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.PubAck;
import io.mqttee.protocol.packet.PubComp;
import io.mqttee.protocol.packet.PubRec;
import io.mqttee.protocol.packet.PubRel;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.QoS;
import io.mqttee.protocol.packet.SubAck;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One application bean's subscription: its own broker connection, and its own thread that offers
 * the messages to the bean one at a time, in order. A QoS 1 or 2 message is acknowledged to the
 * broker only once the bean took it, so the broker holds the rest back in the session (the
 * connection's Receive Maximum is the activation's {@code maxInFlight}): a slow bean slows its own
 * subscription and nothing else.
 */
final class MdbSubscription implements BrokerLink.Peer, Applications.LinkOwner {

  private static final Logger LOG = System.getLogger(MdbSubscription.class.getName());

  /** QoS 0 messages beyond this many waiting for the bean are dropped, as for a slow client. */
  static final int QOS0_BACKLOG = 10_000;

  private static final long POLL_MILLIS = 200;
  private static final long RECONNECT_MILLIS = 1_000;
  private static final long STOP_WAIT_SECONDS = 30;

  private final MessageEndpointFactory factory;
  private final ApplicationActivationSpec spec;
  private final Applications applications;
  private final SubscriberConnect connect;
  private final BlockingQueue<Received> backlog = new LinkedBlockingQueue<>();
  private final Set<Integer> pubrecSent = ConcurrentHashMap.newKeySet();
  private final AtomicLong droppedQos0 = new AtomicLong();
  private final CountDownLatch ended = new CountDownLatch(1);
  private volatile boolean stopped;
  private volatile BrokerLink link;
  private long reconnectAt;

  /** A message from the broker and the connection that must acknowledge it. */
  record Received(BrokerLink link, Publish publish) {}

  MdbSubscription(
      MessageEndpointFactory factory, ApplicationActivationSpec spec, Applications applications) {
    this.factory = factory;
    this.spec = spec;
    this.applications = applications;
    this.connect = new SubscriberConnect(spec);
  }

  /** The subscription's thread: connects, reconnects, and delivers until stopped. */
  void run() {
    BeanDelivery bean = BeanDelivery.await(factory, () -> stopped);
    try {
      if (bean != null) {
        deliverUntilStopped(new Redelivery(spec, bean));
      }
    } finally {
      if (bean != null) {
        bean.release();
      }
      BrokerLink current = link;
      if (current != null) {
        current.disconnect();
      }
      ended.countDown();
    }
  }

  private void deliverUntilStopped(Redelivery redelivery) {
    while (!stopped) {
      keepConnected();
      Received next;
      try {
        next = backlog.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      // A message of a lost connection comes again on the next one (persistent session) or is
      // gone with its session: delivering it now could deliver it twice.
      if (next != null && next.link().isOpen()) {
        List<MqttPacket> settle = redelivery.deliver(next.publish(), () -> stopped);
        if (settle != null) {
          settle(next, settle);
        }
      }
    }
  }

  private void settle(Received received, List<MqttPacket> deadLetter) {
    Publish publish = received.publish();
    MqttPacket ack =
        switch (publish.qos()) {
          case AT_MOST_ONCE -> null;
          case AT_LEAST_ONCE -> new PubAck(publish.packetId());
          case EXACTLY_ONCE -> {
            pubrecSent.add(publish.packetId());
            yield new PubRec(publish.packetId());
          }
        };
    List<MqttPacket> packets = new ArrayList<>(deadLetter);
    if (ack != null) {
      packets.add(ack);
    }
    if (!packets.isEmpty()) {
      received.link().submit(packets);
    }
  }

  private void keepConnected() {
    BrokerLink current = link;
    if (current != null && current.isOpen()) {
      return;
    }
    long now = System.currentTimeMillis();
    if (now < reconnectAt) {
      return;
    }
    reconnectAt = now + RECONNECT_MILLIS;
    Lane lane = applications.lane();
    if (lane != null) {
      pubrecSent.clear();
      link = BrokerLink.open(lane, applications.connections(), connect.packet(), this);
    }
  }

  @Override
  public void received(BrokerLink from, MqttPacket packet) {
    if (packet instanceof Publish publish) {
      queue(from, publish);
    } else if (packet instanceof PubRel release) {
      pubrecSent.remove(release.packetId());
      from.submit(new PubComp(release.packetId()));
    } else if (packet instanceof ConnAck ack) {
      connected(from, ack);
    } else if (packet instanceof SubAck ack) {
      subscribed(ack);
    } else if (packet instanceof PubAck ack && ack.reasonCode() >= 0x80) {
      LOG.log(
          Level.ERROR,
          "{0}: the broker refused a dead letter (reason 0x{1})",
          factory.getActivationName(),
          Integer.toHexString(ack.reasonCode()));
    }
  }

  private void connected(BrokerLink from, ConnAck ack) {
    if (ack.reasonCode() != 0) {
      LOG.log(
          Level.ERROR,
          "{0}: the broker refused the connection of {1} (reason 0x{2}); retrying",
          from,
          factory.getActivationName(),
          Integer.toHexString(ack.reasonCode()));
      return;
    }
    from.submit(connect.subscribe());
  }

  private void subscribed(SubAck ack) {
    int code = ack.reasonCodes().isEmpty() ? 0x80 : ack.reasonCodes().get(0);
    if (code >= 0x80) {
      LOG.log(
          Level.ERROR,
          "{0}: the broker refused the subscription to {1} (reason 0x{2})",
          factory.getActivationName(),
          spec.getTopicFilter(),
          Integer.toHexString(code));
    } else {
      LOG.log(
          Level.INFO,
          "{0} subscribed to {1} at QoS {2}",
          factory.getActivationName(),
          spec.getTopicFilter(),
          code);
    }
  }

  private void queue(BrokerLink from, Publish publish) {
    if (publish.qos() == QoS.EXACTLY_ONCE && pubrecSent.contains(publish.packetId())) {
      // Delivered already; the broker resent it before it saw our PUBREC (MQTT-4.3.3).
      from.submit(new PubRec(publish.packetId()));
      return;
    }
    if (publish.qos() == QoS.AT_MOST_ONCE && backlog.size() >= QOS0_BACKLOG) {
      if (droppedQos0.incrementAndGet() % QOS0_BACKLOG == 1) {
        LOG.log(
            Level.WARNING,
            "{0} is slow: {1} QoS 0 messages dropped so far",
            factory.getActivationName(),
            droppedQos0.get());
      }
      return;
    }
    backlog.add(new Received(from, publish));
  }

  @Override
  public void lost(BrokerLink from, String reason) {
    if (!stopped) {
      LOG.log(Level.INFO, "{0} lost its connection: {1}", factory.getActivationName(), reason);
    }
  }

  @Override
  public void brokerStopped() {
    BrokerLink current = link;
    if (current != null) {
      current.abandon("the broker stopped");
    }
  }

  /** Stops after the delivery in progress; waits for it, within limits. */
  void stop() {
    stopped = true;
    try {
      if (!ended.await(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
        LOG.log(Level.WARNING, "{0} is still delivering", factory.getActivationName());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
