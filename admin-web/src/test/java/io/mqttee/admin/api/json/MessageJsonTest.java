// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.api.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.broker.admin.InvalidInputException;
import io.mqttee.broker.admin.PublishRequest;
import io.mqttee.broker.admin.RetainedView;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class MessageJsonTest {

  private static PublishRequest publish(String json) {
    return MessageJson.publishRequest(RequestBody.of(json));
  }

  @Test
  void readsAPlainTextPublishWithDefaults() {
    PublishRequest r = publish("{\"topic\": \"a/b\", \"payload\": \"héllo\"}");

    assertEquals("a/b", r.topic());
    assertArrayEquals("héllo".getBytes(StandardCharsets.UTF_8), r.payload());
    assertEquals(0, r.qos());
    assertFalse(r.retain());
    assertEquals(Map.of(), r.userProperties());
    assertNull(r.contentType());
    assertEquals(0, r.messageExpirySeconds());
  }

  @Test
  void readsBase64PayloadsAndMqtt5Properties() {
    PublishRequest r =
        publish(
            "{\"topic\": \"t\", \"payload\": \"AP8=\", \"encoding\": \"base64\", \"qos\": 2,"
                + " \"retain\": true, \"properties\": {\"user_properties\": {\"b\": \"2\","
                + " \"a\": \"1\"}, \"content_type\": \"text/x\","
                + " \"message_expiry_interval\": 60}}");

    assertArrayEquals(new byte[] {0, (byte) 0xFF}, r.payload());
    assertEquals(2, r.qos());
    assertTrue(r.retain());
    assertEquals(List.of("b", "a"), List.copyOf(r.userProperties().keySet()));
    assertEquals("text/x", r.contentType());
    assertEquals(60, r.messageExpirySeconds());
  }

  @Test
  void refusesWhatCannotBePublished() {
    assertEquals(
        "topic is required",
        assertThrows(InvalidInputException.class, () -> publish("{\"payload\": \"x\"}"))
            .getMessage());
    assertEquals(
        "qos must be 0 to 2, was 3",
        assertThrows(InvalidInputException.class, () -> publish("{\"topic\": \"t\", \"qos\": 3}"))
            .getMessage());
    assertEquals(
        "payload is not valid base64",
        assertThrows(
                InvalidInputException.class,
                () -> publish("{\"topic\": \"t\", \"payload\": \"*\", \"encoding\": \"base64\"}"))
            .getMessage());
    assertEquals(
        "properties.user_properties.k must be a string",
        assertThrows(
                InvalidInputException.class,
                () ->
                    publish(
                        "{\"topic\": \"t\", \"properties\": {\"user_properties\": {\"k\": 1}}}"))
            .getMessage());
  }

  @Test
  void showsRetainedPayloadsAsTextOnlyWhenValidUtf8AndAlwaysAsBase64() {
    Map<String, Object> text = MessageJson.retained(new RetainedView("t", 1, "hi".getBytes(), 0));
    Map<String, Object> binary =
        MessageJson.retained(new RetainedView("t", 1, new byte[] {(byte) 0xC3}, 1000));

    assertEquals("hi", text.get("payload"));
    assertEquals("aGk=", text.get("payload_base64"));
    assertNull(text.get("expires_at"));
    assertNull(binary.get("payload"));
    assertEquals("ww==", binary.get("payload_base64"));
    assertEquals("1970-01-01T00:00:01Z", binary.get("expires_at"));
  }
}
