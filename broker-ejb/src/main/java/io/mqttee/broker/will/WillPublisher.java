// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.will;

import io.mqttee.broker.connection.PropertyIds;
import io.mqttee.broker.publish.PublishService;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.Will;

/** Publishes a will message as an ordinary PUBLISH from its client (MQTT-3.1.2-8). */
public final class WillPublisher {
  private final PublishService publishService;

  public WillPublisher(PublishService publishService) {
    this.publishService = publishService;
  }

  /** Publishes the will with its QoS and RETAIN flag (MQTT-3.1.2-14, MQTT-3.1.2-17). */
  public void publish(Will will, String clientId) {
    Publish message =
        new Publish(
            will.topic(),
            will.qos(),
            will.retain(),
            false,
            0,
            will.payload(),
            // the Will Delay Interval is not a PUBLISH property (MQTT 5 3.3.2.3)
            PropertyIds.without(will.properties(), PropertyIds.WILL_DELAY_INTERVAL));
    publishService.publish(message, clientId);
  }
}
