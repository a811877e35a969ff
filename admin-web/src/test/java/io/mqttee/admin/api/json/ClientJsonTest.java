// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.api.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.mqttee.broker.admin.ClientView;
import io.mqttee.broker.admin.QueuedMessageView;
import io.mqttee.broker.admin.SubscriptionView;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class ClientJsonTest {

  @Test
  void showsAConnectedClientInEmqxV4FieldNames() {
    Map<String, Object> json =
        ClientJson.client(
            new ClientView(
                "c1",
                "alice",
                "10.0.0.2",
                50000,
                "mqtt",
                5,
                "tcp",
                true,
                1_000,
                0,
                60,
                false,
                0,
                2,
                1,
                3,
                "node1"));

    assertEquals(
        List.of(
            "clientid",
            "username",
            "ip_address",
            "port",
            "proto_name",
            "proto_ver",
            "transport",
            "connected",
            "connected_at",
            "disconnected_at",
            "keepalive",
            "clean_start",
            "expiry_interval",
            "subscriptions_cnt",
            "inflight",
            "mqueue_len",
            "node"),
        List.copyOf(json.keySet()));
    assertEquals("MQTT", json.get("proto_name"));
    assertEquals("1970-01-01T00:00:01Z", json.get("connected_at"));
    assertNull(json.get("disconnected_at"));
    assertEquals(true, json.get("clean_start"));
    assertEquals(3, json.get("mqueue_len"));
  }

  @Test
  void showsSubscriptionOptionsAsEmqx5Does() {
    Map<String, Object> json =
        ClientJson.subscription(new SubscriptionView("c", "$share/g/t", 1, true, false, 2, 9));

    assertEquals(
        Map.of(
            "clientid",
            "c",
            "topic",
            "$share/g/t",
            "qos",
            1,
            "nl",
            1,
            "rap",
            0,
            "rh",
            2,
            "sub_id",
            9),
        json);
  }

  @Test
  void showsQueuedPayloadsAsTextAndBase64() {
    Map<String, Object> json =
        ClientJson.queuedMessage(new QueuedMessageView("t", 1, false, "x".getBytes(), true, 4));

    assertEquals("x", json.get("payload"));
    assertEquals("eA==", json.get("payload_base64"));
    assertEquals(4, json.get("packet_id"));
  }
}
