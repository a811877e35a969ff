// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.api.json;

import io.mqttee.broker.admin.PublishRequest;
import io.mqttee.broker.admin.PublishResult;
import io.mqttee.broker.admin.RetainedView;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Retained messages, and messages to publish. */
public final class MessageJson {
  /** MQTT 5 Message Expiry Interval: a four byte integer (section 3.3.2.3.3). */
  static final long MAX_EXPIRY = 0xFFFF_FFFFL;

  private MessageJson() {}

  public static Map<String, Object> retained(RetainedView r) {
    Map<String, Object> json = Fields.object();
    json.put("topic", r.topic());
    json.put("qos", r.qos());
    Fields.putPayload(json, r.payload());
    json.put("expires_at", Fields.time(r.expiresAtMillis()));
    return json;
  }

  public static Map<String, Object> published(PublishResult result) {
    Map<String, Object> json = Fields.object();
    json.put("topic", result.topic());
    json.put("matched", result.matchedSessions());
    return json;
  }

  /**
   * {@code {topic, payload, encoding: plain|base64, qos, retain, properties: {user_properties,
   * content_type, message_expiry_interval}}}.
   */
  public static PublishRequest publishRequest(RequestBody body) {
    String topic = body.string("topic");
    String encoding = body.choice("encoding", "plain", "plain", "base64");
    String payload = body.optionalString("payload").orElse("");
    byte[] bytes;
    if (encoding.equals("base64")) {
      try {
        bytes = Base64.getDecoder().decode(payload);
      } catch (IllegalArgumentException e) {
        throw body.invalid("payload", "is not valid base64");
      }
    } else {
      bytes = payload.getBytes(StandardCharsets.UTF_8);
    }
    int qos = (int) body.integer("qos", 0, 2, 0);
    boolean retain = body.bool("retain", false);
    RequestBody properties = body.object("properties");
    Map<String, String> userProperties = new LinkedHashMap<>();
    RequestBody user = properties.object("user_properties");
    for (String name : user.json().keySet()) {
      userProperties.put(name, user.string(name));
    }
    String contentType = properties.optionalString("content_type").orElse(null);
    long expiry = properties.integer("message_expiry_interval", 0, MAX_EXPIRY, 0);
    return new PublishRequest(topic, bytes, qos, retain, userProperties, contentType, expiry);
  }
}
