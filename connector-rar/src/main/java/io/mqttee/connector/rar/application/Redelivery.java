// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.application;

import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.MqttProperties.Property;
import io.mqttee.protocol.packet.MqttProperties.UserProperty;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.QoS;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Offers one message to the bean until it takes it: once, then up to {@code maxRedeliveries} more
 * times, before any later message; then the message goes to the dead-letter topic with user
 * properties naming its topic and the number of deliveries.
 */
final class Redelivery {

  private static final Logger LOG = System.getLogger(Redelivery.class.getName());
  private static final int USER_PROPERTY = 0x26;
  private static final long PAUSE_MILLIS = 100;

  /** A message's own properties; subscription identifiers and topic aliases are a connection's. */
  private static final Set<Integer> MESSAGE_PROPERTIES = Set.of(0x01, 0x02, 0x03, 0x08, 0x09, 0x26);

  private final ApplicationActivationSpec spec;
  private final BeanDelivery bean;
  private final AtomicInteger nextPacketId = new AtomicInteger();

  Redelivery(ApplicationActivationSpec spec, BeanDelivery bean) {
    this.spec = spec;
    this.bean = bean;
  }

  /**
   * @return the packets that settle the message besides its acknowledgement (a dead letter, or
   *     none), or null when stopped before the bean took it: the message is then left unsettled
   */
  List<MqttPacket> deliver(Publish publish, BooleanSupplier stopped) {
    int deliveries = 1 + spec.getMaxRedeliveries();
    for (int count = 1; count <= deliveries; count++) {
      if (bean.offer(MessageConversion.toMessage(publish, count))) {
        return List.of();
      }
      if (stopped.getAsBoolean()) {
        return null;
      }
      if (count < deliveries) {
        pause(count);
      }
    }
    return deadLetter(publish, deliveries);
  }

  private List<MqttPacket> deadLetter(Publish publish, int deliveries) {
    String topic = spec.deadLetterTopicFor(publish.topic());
    LOG.log(
        Level.WARNING,
        "{0} not taken after {1} deliveries; {2}",
        publish.topic(),
        deliveries,
        topic == null ? "dropped (no dead-letter topic)" : "sent to " + topic);
    if (topic == null) {
      return List.of();
    }
    List<Property> properties = new ArrayList<>();
    for (Property p : publish.properties().entries()) {
      if (MESSAGE_PROPERTIES.contains(p.id())) {
        properties.add(p);
      }
    }
    properties.add(
        new Property(USER_PROPERTY, new UserProperty("mqttee-original-topic", publish.topic())));
    properties.add(
        new Property(
            USER_PROPERTY, new UserProperty("mqttee-deliveries", Integer.toString(deliveries))));
    Publish letter =
        new Publish(
            topic,
            QoS.AT_LEAST_ONCE,
            false,
            false,
            nextPacketId(),
            publish.payload(),
            new MqttProperties(properties));
    return List.of(letter);
  }

  private int nextPacketId() {
    return nextPacketId.updateAndGet(id -> id >= 65_535 ? 1 : id + 1);
  }

  private static void pause(int count) {
    try {
      Thread.sleep(Math.min(1_000, PAUSE_MILLIS * count));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
