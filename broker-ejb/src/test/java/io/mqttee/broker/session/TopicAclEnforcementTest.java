// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import static io.mqttee.broker.session.Harness.publish;
import static io.mqttee.broker.session.Harness.subscribe;
import static io.mqttee.protocol.packet.QoS.AT_LEAST_ONCE;
import static io.mqttee.protocol.packet.QoS.AT_MOST_ONCE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mqttee.broker.admin.AclRuleDraft;
import io.mqttee.broker.admin.AclRuleDraft.Action;
import io.mqttee.broker.admin.AclRuleDraft.Permission;
import io.mqttee.broker.admin.AclRuleDraft.Who;
import io.mqttee.protocol.packet.ConnAck;
import io.mqttee.protocol.packet.Connect;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.PubAck;
import io.mqttee.protocol.packet.ReasonCodes;
import io.mqttee.protocol.packet.SubAck;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The topic ACL on SUBSCRIBE and PUBLISH. */
@Tag("unit")
class TopicAclEnforcementTest {

  private final TestConfig config = new TestConfig();

  private Harness harness(String... rules) {
    config.aclRules = String.join("\n", rules);
    return new Harness(config);
  }

  @Test
  void refusesADeniedFilterWith0x80AndKeepsTheOthers() { // MQTT-3.9.3-2: 0x80 per filter
    Harness h = harness("deny subscribe test/nosubscribe");
    TestClient sub = h.connect("s", true);
    sub.send(subscribe(1, "test/nosubscribe", AT_MOST_ONCE), subscribe(2, "test/ok", AT_MOST_ONCE));
    assertEquals(
        List.of(
            new SubAck(1, List.of(ReasonCodes.SUBACK_FAILURE), MqttProperties.EMPTY),
            new SubAck(2, List.of(0), MqttProperties.EMPTY)),
        sub.take());

    h.connect("p", true)
        .send(
            publish("test/nosubscribe", AT_MOST_ONCE, 0, "x"),
            publish("test/ok", AT_MOST_ONCE, 0, "y"));
    assertEquals(List.of("y"), sub.takePayloads());
  }

  @Test
  void aDeniedPublishIsDroppedAndMqtt5IsToldNotAuthorized() {
    Harness h = harness("deny publish locked/#");
    TestClient sub = h.connect("s", true);
    sub.send(subscribe(1, "locked/#", AT_LEAST_ONCE));
    sub.take();

    TestClient v5 = h.connect(Mqtt5.connect("p5", true));
    v5.send(Mqtt5.publish("locked/a", AT_LEAST_ONCE, 7, "x"));
    assertEquals(
        List.of(new PubAck(7, ReasonCodes.NOT_AUTHORIZED, MqttProperties.EMPTY)), v5.take());

    TestClient v3 = h.connect("p3", true);
    v3.send(publish("locked/b", AT_LEAST_ONCE, 8, "y"));
    assertEquals(List.of(new PubAck(8, ReasonCodes.SUCCESS, MqttProperties.EMPTY)), v3.take());

    assertEquals(List.of(), sub.takePayloads());
  }

  @Test
  void userRulesFollowTheUserNameOfTheConnect() {
    config.users = Map.of("gw", "pw");
    Harness h = harness("allow publish devices/# user gw", "deny publish devices/#");
    TestClient sub = h.connect("s", true);
    sub.send(subscribe(1, "devices/#", AT_MOST_ONCE));
    sub.take();

    h.connect("anon", true).send(publish("devices/1", AT_MOST_ONCE, 0, "anonymous"));
    TestClient gateway = h.connect(withCredentials("gw", "gw", "pw"));
    gateway.send(publish("devices/2", AT_MOST_ONCE, 0, "gateway"));

    assertEquals(List.of("gateway"), sub.takePayloads());
  }

  @Test
  void aUserNameThatWasNotVerifiedGetsNoUserRules() {
    Harness h = harness("allow publish devices/# user gw", "deny publish devices/#");
    TestClient sub = h.connect("s", true);
    sub.send(subscribe(1, "devices/#", AT_MOST_ONCE));
    sub.take();

    // no users are configured: the client is let in anonymously, whatever name it gives
    TestClient claimed = h.connect(withCredentials("claims-gw", "gw", "anything"));
    claimed.send(publish("devices/3", AT_MOST_ONCE, 0, "claimed"));

    assertEquals(List.of(), sub.takePayloads());
  }

  @Test
  void refusesAConnectWhoseWillTheAclDenies() {
    Harness h = harness("deny publish locked/#");
    TestClient c = h.open();
    c.send(
        Harness.connectPacket("w", true, 0, Harness.will("locked/will", AT_MOST_ONCE, false, "x")));
    assertEquals(
        List.of(new ConnAck(false, ReasonCodes.V3_NOT_AUTHORIZED, MqttProperties.EMPTY)), c.take());
  }

  @Test
  void aRuleAddedAtRunTimeAppliesToTheNextPublishOfConnectedClients() {
    Harness h = harness();
    TestClient sub = h.connect("s", true);
    sub.send(subscribe(1, "#", AT_MOST_ONCE));
    sub.take();
    TestClient pub = h.connect("p1", true);

    h.access.addAclRule(
        new AclRuleDraft(Permission.ALLOW, Action.PUBLISH, "clients/%c/#", Who.ALL, null), null);
    h.access.setAclAllowsByDefault(false);
    pub.send(
        publish("clients/p1/state", AT_MOST_ONCE, 0, "own"),
        publish("clients/p2/state", AT_MOST_ONCE, 0, "other"));

    assertEquals(List.of("own"), sub.takePayloads());
  }

  private static Connect withCredentials(String clientId, String user, String password) {
    return new Connect(
        ProtocolVersion.MQTT_3_1_1,
        clientId,
        true,
        0,
        user,
        password.getBytes(StandardCharsets.UTF_8),
        null,
        MqttProperties.EMPTY);
  }
}
