// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.mqttsn;

import io.mqttee.broker.gateway.GatewayEntry;
import io.mqttee.protocol.mqttsn.SnTopic;
import io.mqttee.protocol.mqttsn.message.SnPublish;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.QoS;
import java.net.InetSocketAddress;
import java.util.function.BiConsumer;

/**
 * MQTT-SN 1.2 section 6.8: a PUBLISH with QoS -1 from any address, without CONNECT, to a predefined
 * topic id or a short topic name. Published at QoS 0 through the broker's entry as the gateway's
 * configured user at the sender's address, so the topic ACL and bans apply.
 */
final class Connectionless {

  private Connectionless() {}

  static void publish(
      MqttSnSettings settings,
      GatewayEntry broker,
      InetSocketAddress peer,
      SnPublish publish,
      BiConsumer<InetSocketAddress, String> drop) {
    String topic = null;
    if (publish.topic() instanceof SnTopic.Predefined p) {
      topic = settings.clients().predefined().nameOf(p.id());
    } else if (publish.topic() instanceof SnTopic.ShortName s) {
      topic = s.name();
    }
    if (topic == null) {
      drop.accept(peer, "QoS -1 PUBLISH to an unknown or registered topic id");
      return;
    }
    Publish message =
        new Publish(
            topic,
            QoS.AT_MOST_ONCE,
            publish.retain(),
            false,
            0,
            publish.data().toByteArray(),
            MqttProperties.EMPTY);
    if (!broker.publishWithoutSession(settings.clients().username(), peer, message)) {
      drop.accept(peer, "QoS -1 PUBLISH to " + topic + " refused by the topic ACL or a ban");
    }
  }
}
