// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import static io.mqttee.broker.session.Harness.subscribe;
import static io.mqttee.protocol.packet.QoS.AT_LEAST_ONCE;
import static io.mqttee.protocol.packet.QoS.EXACTLY_ONCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.broker.admin.ClientAdmin;
import io.mqttee.broker.admin.InvalidInputException;
import io.mqttee.broker.admin.PublishRequest;
import io.mqttee.broker.admin.PublishResult;
import io.mqttee.broker.connection.PropertyIds;
import io.mqttee.protocol.packet.MqttProperties.Property;
import io.mqttee.protocol.packet.MqttProperties.UserProperty;
import io.mqttee.protocol.packet.Publish;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Publishing as the broker from the console: the same path as clients' messages. */
@Tag("unit")
class BrokerPublishingTest {
  private final Harness h = new Harness();
  private final ClientAdmin admin = h.core.clientAdministration();

  private TestClient mqtt5Subscriber(String clientId, String filter) {
    TestClient client = h.connect(Mqtt5.connect(clientId, true));
    client.send(subscribe(1, filter, EXACTLY_ONCE));
    client.take();
    return client;
  }

  @Test
  void aMessageWithMqtt5PropertiesReachesEverySubscriber() {
    TestClient one = mqtt5Subscriber("one", "plant/#");
    TestClient two = mqtt5Subscriber("two", "plant/+/temp");
    Map<String, String> user = new LinkedHashMap<>();
    user.put("origin", "console");
    user.put("unit", "°C");

    PublishResult result =
        admin.publish(
            new PublishRequest(
                "plant/1/temp", Harness.bytes("21.5"), 1, false, user, "text/plain", 60));

    assertEquals(new PublishResult("plant/1/temp", 2), result);
    Publish got = one.takePublishes().get(0);
    assertEquals("21.5", Harness.text(got));
    assertEquals(AT_LEAST_ONCE, got.qos());
    assertEquals(60, got.properties().intValue(PropertyIds.MESSAGE_EXPIRY_INTERVAL, 0));
    assertEquals(
        List.of(
            new Property(PropertyIds.CONTENT_TYPE, "text/plain"),
            new Property(PropertyIds.USER_PROPERTY, new UserProperty("origin", "console")),
            new Property(PropertyIds.USER_PROPERTY, new UserProperty("unit", "°C"))),
        PropertyIds.without(got.properties(), PropertyIds.MESSAGE_EXPIRY_INTERVAL).entries());
    assertEquals(1, two.takePublishes().size());
  }

  @Test
  void aRetainedMessageIsKeptForLaterSubscribers() {
    admin.publish(PublishRequest.of("plant/state", Harness.bytes("on"), 0, true));

    TestClient late = h.connect("late", true);
    late.send(subscribe(1, "plant/state", AT_LEAST_ONCE));

    Publish kept = late.takePublishes().get(0);
    assertEquals("on", Harness.text(kept));
    assertTrue(kept.retain());
  }

  @Test
  void countsNoSessionWhenNothingMatches() {
    assertEquals(
        0, admin.publish(PublishRequest.of("nobody/listens", null, 0, false)).matchedSessions());
  }

  @Test
  void refusesTopicsAClientCouldNotPublishTo() {
    for (String topic : List.of("", "a/+", "a/#", "a\u0000b", "a\u0007b", "a\uD800b")) {
      assertThrows(
          InvalidInputException.class,
          () -> admin.publish(PublishRequest.of(topic, null, 0, false)),
          () -> "topic " + topic);
    }
    assertThrows(
        InvalidInputException.class, () -> admin.publish(PublishRequest.of(null, null, 0, false)));
  }

  @Test
  void refusesAQosOtherThanZeroToTwoAndAnExpiryBeyondFourBytes() {
    assertThrows(
        InvalidInputException.class, () -> admin.publish(PublishRequest.of("a", null, 3, false)));
    assertThrows(
        InvalidInputException.class, () -> admin.publish(PublishRequest.of("a", null, -1, false)));
    assertThrows(
        InvalidInputException.class,
        () ->
            admin.publish(new PublishRequest("a", null, 0, false, Map.of(), null, 0x1_0000_0000L)));
  }
}
