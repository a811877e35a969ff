// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.mqttsn.client;

import static io.mqttee.gateway.mqttsn.client.ClientHarness.of;
import static io.mqttee.gateway.mqttsn.client.ClientHarness.toBroker;
import static io.mqttee.gateway.mqttsn.client.ClientHarness.toClient;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.connector.api.ConnectionId;
import io.mqttee.protocol.mqttsn.Bytes;
import io.mqttee.protocol.mqttsn.ReturnCodes;
import io.mqttee.protocol.mqttsn.SnQoS;
import io.mqttee.protocol.mqttsn.SnTopic;
import io.mqttee.protocol.mqttsn.message.SnConnAck;
import io.mqttee.protocol.mqttsn.message.SnConnect;
import io.mqttee.protocol.mqttsn.message.SnDisconnect;
import io.mqttee.protocol.mqttsn.message.SnPingReq;
import io.mqttee.protocol.mqttsn.message.SnPingResp;
import io.mqttee.protocol.mqttsn.message.SnPublish;
import io.mqttee.protocol.mqttsn.message.SnWillMsg;
import io.mqttee.protocol.mqttsn.message.SnWillMsgReq;
import io.mqttee.protocol.mqttsn.message.SnWillMsgResp;
import io.mqttee.protocol.mqttsn.message.SnWillMsgUpd;
import io.mqttee.protocol.mqttsn.message.SnWillTopic;
import io.mqttee.protocol.mqttsn.message.SnWillTopicReq;
import io.mqttee.protocol.mqttsn.message.SnWillTopicUpd;
import io.mqttee.protocol.packet.ConnAck;
import io.mqttee.protocol.packet.Connect;
import io.mqttee.protocol.packet.Disconnect;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.QoS;
import io.mqttee.protocol.packet.ReasonCodes;
import io.mqttee.protocol.packet.Will;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** CONNECT, the will exchange and updates, keep alive and DISCONNECT (MQTT-SN 1.2 section 6). */
@Tag("unit")
class SnClientLifecycleTest {

  @Test
  void opensABrokerConnectionWithAnMqtt311ConnectAsTheGatewayUser() {
    ClientHarness h = new ClientHarness();
    Actions out = h.handle(new SnConnect(false, true, 30, "device-1"));
    assertEquals(new Action.Open(h.connection()), out.list().get(0));
    Connect connect = (Connect) toBroker(out).get(0);
    assertEquals(ProtocolVersion.MQTT_3_1_1, connect.version());
    assertEquals("device-1", connect.clientId());
    assertTrue(connect.cleanStart());
    assertEquals(0, connect.keepAliveSeconds(), "the gateway supervises keep alive itself");
    assertEquals("gateway", connect.username());
    assertArrayEquals("secret".getBytes(StandardCharsets.UTF_8), connect.password());
    assertNull(connect.will());
    assertEquals(ClientState.CONNECTING, h.client.state());
  }

  @Test
  void translatesARefusedConnack() {
    ClientHarness h = new ClientHarness();
    h.handle(new SnConnect(false, true, 30, "device-1"));
    Actions out = h.broker(new ConnAck(false, ReasonCodes.V3_NOT_AUTHORIZED, MqttProperties.EMPTY));
    assertEquals(List.of(new SnConnAck(ReturnCodes.REJECTED_NOT_SUPPORTED)), toClient(out));
    Actions closed = h.client.closedByBroker(h.connection(), "not authorized");
    assertEquals(List.of(), toClient(closed), "no DISCONNECT to a client never connected");
    assertFalse(of(closed, Action.Close.class).get(0).lost());
    assertEquals(1, of(closed, Action.Forget.class).size());
  }

  @Test
  void asksForTheWillTopicAndMessageBeforeConnecting() {
    // MQTT-SN 1.2 section 6.3
    ClientHarness h = new ClientHarness();
    assertEquals(
        List.of(new SnWillTopicReq()),
        toClient(h.handle(new SnConnect(true, true, 30, "device-1"))));
    assertEquals(
        List.of(new SnWillMsgReq()),
        toClient(h.handle(new SnWillTopic(SnQoS.AT_LEAST_ONCE, true, "wills/device-1"))));
    Actions out = h.handle(new SnWillMsg(Bytes.utf8("gone")));
    Will will = ((Connect) toBroker(out).get(0)).will();
    assertEquals("wills/device-1", will.topic());
    assertArrayEquals("gone".getBytes(StandardCharsets.UTF_8), will.payload());
    assertEquals(QoS.AT_LEAST_ONCE, will.qos());
    assertTrue(will.retain());
  }

  @Test
  void connectsWithoutWillAfterAnEmptyWillTopic() {
    ClientHarness h = new ClientHarness();
    h.handle(new SnConnect(true, true, 30, "device-1"));
    Actions out = h.handle(SnWillTopic.DELETE);
    assertNull(((Connect) toBroker(out).get(0)).will());
  }

  @Test
  void dropsWillMessagesOutOfTurnAndMessagesBeforeConnect() {
    ClientHarness h = new ClientHarness();
    assertEquals(1, of(h.handle(new SnWillMsg(Bytes.utf8("x"))), Action.Drop.class).size());
    SnPublish publish =
        new SnPublish(false, SnQoS.AT_MOST_ONCE, false, new SnTopic.Registered(1), 0, Bytes.EMPTY);
    assertEquals(1, of(h.handle(publish), Action.Drop.class).size());
    assertEquals(ClientState.NEW, h.client.state());
  }

  @Test
  void abandonsAWillExchangeTheClientDoesNotFinish() {
    ClientHarness h = new ClientHarness();
    h.handle(new SnConnect(true, true, 30, "device-1"));
    assertTrue(h.tick(ClientHarness.RETRY_MILLIS).isEmpty());
    Actions out = h.tick(ClientHarness.RETRY_MILLIS * ClientHarness.RETRIES + 1);
    assertEquals(1, of(out, Action.Forget.class).size());
    assertEquals(List.of(), of(out, Action.Open.class), "no broker connection was opened");
  }

  @Test
  void disconnectEndsTheBrokerConnectionWithoutItsWill() {
    ClientHarness h = ClientHarness.connected(30);
    ConnectionId connection = h.connection();
    Actions out = h.handle(SnDisconnect.PLAIN);
    assertEquals(List.of(Disconnect.NORMAL), toBroker(out));
    assertEquals(
        new Action.Close(connection, false, "DISCONNECT"), of(out, Action.Close.class).get(0));
    assertEquals(List.of(SnDisconnect.PLAIN), toClient(out));
    assertEquals(ClientState.GONE, h.client.state());
  }

  @Test
  void losesASilentClientAfterOneAndAHalfKeepAlives() {
    // MQTT-SN 1.2 section 6.15; the broker then publishes the will
    ClientHarness h = ClientHarness.connected(10);
    assertTrue(h.tick(15_000).isEmpty(), "1.5 x 10 s exactly: not yet");
    Action.Close close = of(h.tick(1), Action.Close.class).get(0);
    assertTrue(close.lost());
    assertEquals(ClientState.GONE, h.client.state());
  }

  @Test
  void anyMessageCountsAsActivity() {
    ClientHarness h = ClientHarness.connected(10);
    h.now += 14_000;
    assertEquals(List.of(new SnPingResp()), toClient(h.handle(SnPingReq.ANONYMOUS)));
    assertTrue(h.tick(14_000).isEmpty());
  }

  @Test
  void keepAliveZeroIsNeverLost() {
    ClientHarness h = ClientHarness.connected(0);
    assertTrue(h.tick(86_400_000).isEmpty());
  }

  @Test
  void aNewConnectEndsThePreviousConnectionPolitely() {
    ClientHarness h = ClientHarness.connected(30);
    ConnectionId first = h.connection();
    Actions out = h.handle(new SnConnect(false, true, 30, "device-1"));
    assertEquals(new Action.ToBroker(first, Disconnect.NORMAL), out.list().get(0));
    assertFalse(of(out, Action.Close.class).get(0).lost());
    assertNotEquals(first, h.connection());
    assertTrue(h.client.fromBroker(first, Disconnect.NORMAL, h.now).isEmpty(), "stale connection");
  }

  @Test
  void theBrokerClosingTheConnectionDisconnectsTheClient() {
    ClientHarness h = ClientHarness.connected(30);
    Actions out = h.client.closedByBroker(h.connection(), "banned");
    assertEquals(List.of(SnDisconnect.PLAIN), toClient(out));
    assertEquals(1, of(out, Action.Forget.class).size());
  }

  @Test
  void willTopicUpdateKeepsTheMessageAndWillMessageUpdateKeepsTheTopic() {
    // MQTT-SN 1.2 section 6.4
    ClientHarness h = new ClientHarness();
    h.handle(new SnConnect(true, true, 30, "device-1"));
    h.handle(new SnWillTopic(SnQoS.AT_MOST_ONCE, false, "old"));
    h.handle(new SnWillMsg(Bytes.utf8("bye")));
    h.broker(new ConnAck(false, ReasonCodes.SUCCESS, MqttProperties.EMPTY));
    Action.ReplaceWill topic =
        of(h.handle(new SnWillTopicUpd(SnQoS.EXACTLY_ONCE, true, "new")), Action.ReplaceWill.class)
            .get(0);
    assertTrue(topic.topicUpdate());
    assertEquals("new", topic.will().topic());
    assertEquals(QoS.EXACTLY_ONCE, topic.will().qos());
    assertArrayEquals("bye".getBytes(StandardCharsets.UTF_8), topic.will().payload());
    Action.ReplaceWill message =
        of(h.handle(new SnWillMsgUpd(Bytes.utf8("later"))), Action.ReplaceWill.class).get(0);
    assertFalse(message.topicUpdate());
    assertEquals("new", message.will().topic());
    assertArrayEquals("later".getBytes(StandardCharsets.UTF_8), message.will().payload());
    Action.ReplaceWill deleted =
        of(h.handle(SnWillTopicUpd.DELETE), Action.ReplaceWill.class).get(0);
    assertNull(deleted.will());
  }

  @Test
  void refusesAWillMessageUpdateWithoutAWillTopic() {
    ClientHarness h = ClientHarness.connected(30);
    assertEquals(
        List.of(new SnWillMsgResp(ReturnCodes.REJECTED_NOT_SUPPORTED)),
        toClient(h.handle(new SnWillMsgUpd(Bytes.utf8("orphan")))));
  }
}
