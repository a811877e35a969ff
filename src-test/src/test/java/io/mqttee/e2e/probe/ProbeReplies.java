// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e.probe;

import io.mqttee.api.MqttConnection;
import io.mqttee.api.MqttConnectionFactory;
import io.mqttee.api.MqttMessage;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/** Publishes through the application connection factory; the probe's one reference to it. */
@ApplicationScoped
public class ProbeReplies {

  @Resource(name = "mqttee/MqttConnectionFactory")
  private MqttConnectionFactory mqtt;

  /** Publishes {@code payload} at QoS 1. */
  public void publish(String topic, byte[] payload) {
    try (MqttConnection connection = mqtt.getConnection()) {
      connection.publish(MqttMessage.builder(topic).payload(payload).qos(1).build());
    }
  }

  /** Publishes {@code text} at QoS 1. */
  public void publish(String topic, String text) {
    publish(topic, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Everything a bean can see of a message, as one line. */
  public static String describe(MqttMessage m) {
    return "qos="
        + m.qos()
        + " retain="
        + m.retain()
        + " contentType="
        + m.contentType().orElse("-")
        + " responseTopic="
        + m.responseTopic().orElse("-")
        + " correlation="
        + m.correlationData().map(String::new).orElse("-")
        + " utf8="
        + m.utf8Payload().map(String::valueOf).orElse("-")
        + " expiry="
        + m.messageExpirySeconds().map(String::valueOf).orElse("-")
        + " user="
        + m.userProperties().stream()
            .map(p -> p.name() + ":" + p.value())
            .collect(Collectors.joining(","))
        + " deliveries="
        + m.deliveryCount()
        + " payload="
        + m.payloadAsString();
  }
}
