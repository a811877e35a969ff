// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.mqttsn.client;

import static io.mqttee.gateway.mqttsn.client.ClientHarness.of;
import static io.mqttee.gateway.mqttsn.client.ClientHarness.toClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.protocol.mqttsn.ReturnCodes;
import io.mqttee.protocol.mqttsn.SnTopic;
import io.mqttee.protocol.mqttsn.message.SnConnAck;
import io.mqttee.protocol.mqttsn.message.SnConnect;
import io.mqttee.protocol.mqttsn.message.SnDisconnect;
import io.mqttee.protocol.mqttsn.message.SnMessage;
import io.mqttee.protocol.mqttsn.message.SnPingReq;
import io.mqttee.protocol.mqttsn.message.SnPingResp;
import io.mqttee.protocol.mqttsn.message.SnPubAck;
import io.mqttee.protocol.mqttsn.message.SnPublish;
import io.mqttee.protocol.mqttsn.message.SnRegAck;
import io.mqttee.protocol.mqttsn.message.SnRegister;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.QoS;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Sleeping clients (MQTT-SN 1.2 section 6.14) and retransmission (section 6.13). */
@Tag("unit")
class SnClientTimersTest {

  private static Publish publish(String topic, QoS qos, int packetId) {
    return new Publish(
        topic,
        qos,
        false,
        false,
        packetId,
        "m".getBytes(StandardCharsets.UTF_8),
        MqttProperties.EMPTY);
  }

  private static ClientHarness asleep(int seconds) {
    ClientHarness h = ClientHarness.connected(60);
    assertEquals(List.of(SnDisconnect.PLAIN), toClient(h.handle(new SnDisconnect(seconds))));
    assertEquals(ClientState.ASLEEP, h.client.state());
    return h;
  }

  @Test
  void buffersForASleepingClientAndSendsEverythingBeforePingresp() {
    ClientHarness h = asleep(60);
    assertTrue(toClient(h.broker(publish("ab", QoS.AT_LEAST_ONCE, 1))).isEmpty());
    assertTrue(toClient(h.broker(publish("cd", QoS.AT_MOST_ONCE, 0))).isEmpty());
    assertEquals(2, h.client.bufferedCount());
    List<SnMessage> woken = toClient(h.handle(new SnPingReq("device-1")));
    assertEquals(3, woken.size());
    assertEquals(new SnTopic.ShortName("ab"), ((SnPublish) woken.get(0)).topic());
    assertEquals(new SnTopic.ShortName("cd"), ((SnPublish) woken.get(1)).topic());
    assertInstanceOf(SnPingResp.class, woken.get(2));
    assertEquals(ClientState.ASLEEP, h.client.state(), "asleep again after PINGRESP");
    assertEquals(1, ClientHarness.toBroker(h.handle(new SnPubAck(0x6162, 1, 0))).size());
  }

  @Test
  void waitsForRegackBeforePingrespWhenWaking() {
    ClientHarness h = asleep(60);
    h.broker(publish("needs/registration", QoS.AT_MOST_ONCE, 0));
    List<SnMessage> woken = toClient(h.handle(new SnPingReq("device-1")));
    SnRegister register = (SnRegister) woken.get(0);
    assertEquals(1, woken.size());
    assertEquals(ClientState.AWAKE, h.client.state());
    List<SnMessage> rest =
        toClient(h.handle(new SnRegAck(register.topicId(), register.msgId(), 0)));
    assertInstanceOf(SnPublish.class, rest.get(0));
    assertInstanceOf(SnPingResp.class, rest.get(1));
    assertEquals(ClientState.ASLEEP, h.client.state());
  }

  @Test
  void dropsTheOldestBufferedMessageWhenTheBufferIsFull() {
    ClientHarness h = asleep(60);
    for (int i = 0; i < 10; i++) {
      h.broker(publish("ab", QoS.AT_MOST_ONCE, 0));
    }
    assertEquals(1, of(h.broker(publish("ab", QoS.AT_MOST_ONCE, 0)), Action.Drop.class).size());
    assertEquals(10, h.client.bufferedCount());
  }

  @Test
  void losesASleepingClientThatDoesNotComeBack() {
    ClientHarness h = asleep(10);
    assertTrue(h.tick(15_000).isEmpty());
    Action.Close close = of(h.tick(1), Action.Close.class).get(0);
    assertTrue(close.lost(), "the will is published");
  }

  @Test
  void wakingRenewsTheSleepDuration() {
    ClientHarness h = asleep(10);
    h.now += 14_000;
    h.handle(new SnPingReq("device-1"));
    assertTrue(h.tick(14_000).isEmpty());
  }

  @Test
  void connectBringsASleepingClientBackWithItsBuffer() {
    ClientHarness h = asleep(60);
    h.broker(publish("ab", QoS.AT_MOST_ONCE, 0));
    List<SnMessage> back = toClient(h.handle(new SnConnect(false, false, 60, "device-1")));
    assertEquals(new SnConnAck(ReturnCodes.ACCEPTED), back.get(0));
    assertInstanceOf(SnPublish.class, back.get(1));
    assertEquals(ClientState.ACTIVE, h.client.state());
  }

  @Test
  void retransmitsWithDupAfterTretryThenLosesTheClientAfterNretry() {
    ClientHarness h = ClientHarness.connected(0);
    SnPublish sent = (SnPublish) toClient(h.broker(publish("ab", QoS.AT_LEAST_ONCE, 3))).get(0);
    assertFalse(sent.dup());
    assertTrue(h.tick(ClientHarness.RETRY_MILLIS - 1).isEmpty());
    for (int i = 0; i < ClientHarness.RETRIES; i++) {
      SnPublish again = (SnPublish) toClient(h.tick(ClientHarness.RETRY_MILLIS)).get(0);
      assertTrue(again.dup());
      assertEquals(3, again.msgId());
    }
    Action.Close close = of(h.tick(ClientHarness.RETRY_MILLIS), Action.Close.class).get(0);
    assertTrue(close.lost());
  }

  @Test
  void anAcknowledgedMessageIsNotSentAgain() {
    ClientHarness h = ClientHarness.connected(0);
    h.broker(publish("ab", QoS.AT_LEAST_ONCE, 3));
    h.handle(new SnPubAck(0x6162, 3, ReturnCodes.ACCEPTED));
    assertTrue(h.tick(ClientHarness.RETRY_MILLIS * 10).isEmpty());
  }

  @Test
  void retransmitsAnUnansweredRegister() {
    ClientHarness h = ClientHarness.connected(0);
    SnRegister register =
        (SnRegister) toClient(h.broker(publish("long/topic", QoS.AT_MOST_ONCE, 0))).get(0);
    assertEquals(List.of(register), toClient(h.tick(ClientHarness.RETRY_MILLIS)));
  }

  @Test
  void doesNotRetransmitToASleepingClient() {
    ClientHarness h = ClientHarness.connected(0);
    h.broker(publish("ab", QoS.AT_LEAST_ONCE, 3));
    h.handle(new SnDisconnect(600));
    assertTrue(h.tick(ClientHarness.RETRY_MILLIS * 10).isEmpty());
    List<SnMessage> woken = toClient(h.handle(new SnPingReq("device-1")));
    assertTrue(((SnPublish) woken.get(0)).dup(), "sent again when it wakes");
  }
}
