// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.admin;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A message to publish as the broker.
 *
 * @param userProperties MQTT 5 user properties, in order; empty for none
 * @param contentType MQTT 5 content type, or null
 * @param messageExpirySeconds MQTT 5 message expiry interval, 0 for none
 */
public record PublishRequest(
    String topic,
    byte[] payload,
    int qos,
    boolean retain,
    Map<String, String> userProperties,
    String contentType,
    long messageExpirySeconds) {

  public PublishRequest {
    userProperties =
        userProperties == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(userProperties));
    payload = payload == null ? new byte[0] : payload;
  }

  public static PublishRequest of(String topic, byte[] payload, int qos, boolean retain) {
    return new PublishRequest(topic, payload, qos, retain, Map.of(), null, 0);
  }
}
