// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import static io.mqttee.broker.session.Harness.connectPacket;
import static io.mqttee.broker.session.Harness.publish;
import static io.mqttee.broker.session.Harness.retainedPublish;
import static io.mqttee.broker.session.Harness.subscribe;
import static io.mqttee.protocol.packet.QoS.AT_LEAST_ONCE;
import static io.mqttee.protocol.packet.QoS.EXACTLY_ONCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.protocol.packet.ConnAck;
import io.mqttee.protocol.packet.Disconnect;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.MqttProperties.Property;
import io.mqttee.protocol.packet.PingReq;
import io.mqttee.protocol.packet.PingResp;
import io.mqttee.protocol.packet.PubAck;
import io.mqttee.protocol.packet.PubComp;
import io.mqttee.protocol.packet.PubRec;
import io.mqttee.protocol.packet.PubRel;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.ReasonCodes;
import io.mqttee.protocol.packet.SubAck;
import io.mqttee.protocol.packet.UnsubAck;
import io.mqttee.protocol.packet.Unsubscribe;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every acknowledgement that promises stored state waits for the store's commit, and none goes out
 * when the commit fails.
 */
@Tag("unit")
class StoreAcknowledgementTest {
  private static final int SESSION_EXPIRY = 0x11;

  private final Harness h = new Harness();

  private TestClient persistent(String clientId) {
    TestClient c = h.connect(clientId, false);
    h.store.holdCommits();
    return c;
  }

  @Test
  void connAckOfAPersistentSessionWaitsForItsCommit() { // MQTT-3.1.2-4
    h.store.holdCommits();
    TestClient c = h.open();
    c.send(connectPacket("p", false, 0, null));
    assertEquals(List.of(), c.take(), "no CONNACK before the session is on disk");
    h.store.commit();
    assertEquals(List.of(new ConnAck(false, 0, MqttProperties.EMPTY)), c.take());
  }

  @Test
  void connAckOfACleanSessionGoesOutAtOnce() {
    h.store.holdCommits();
    TestClient c = h.open();
    c.send(connectPacket("c", true, 0, null));
    assertInstanceOf(ConnAck.class, c.take().get(0));
    assertTrue(h.store.calls().isEmpty(), "clean sessions never touch the store");
  }

  @Test
  void queuedMessagesFollowTheConnAckThatWaited() { // MQTT-3.2.0-1: CONNACK comes first
    TestClient sub = h.connect("p", false);
    sub.send(subscribe(1, "q", AT_LEAST_ONCE));
    sub.take();
    sub.transportClosed();
    h.connect("pub", true).send(publish("q", AT_LEAST_ONCE, 1, "queued"));
    h.store.holdCommits();
    TestClient again = h.open();
    again.send(connectPacket("p", false, 0, null));
    assertEquals(List.of(), again.take());
    h.store.commit();
    List<MqttPacket> packets = again.take();
    assertEquals(new ConnAck(true, 0, MqttProperties.EMPTY), packets.get(0));
    assertEquals("queued", Harness.text((Publish) packets.get(1)));
  }

  @Test
  void aConnAckWhoseCommitFailedRefusesTheConnection() { // MQTT-3.2.2-6
    h.store.holdCommits();
    TestClient c = h.open();
    c.send(connectPacket("p", false, 0, null));
    h.store.failCommit();
    assertEquals(
        List.of(new ConnAck(false, ReasonCodes.V3_SERVER_UNAVAILABLE, MqttProperties.EMPTY)),
        c.take());
    assertTrue(c.closedByBroker());
  }

  @Test
  void aConnectionLostWhileItsConnAckWaitsIsNeverAttached() {
    h.store.holdCommits();
    TestClient c = h.open();
    c.send(connectPacket("p", false, 0, null));
    c.transportClosed();
    h.store.commit();
    assertEquals(List.of(), c.take(), "nothing is sent to a closed connection");
    assertNull(h.sessions().sessions().get("p").online());
  }

  @Test
  void subAckOfAPersistentSessionWaitsAndItsRetainedMessagesFollowIt() { // MQTT-3.8.4-1
    h.connect("pub", true).send(retainedPublish("r", AT_LEAST_ONCE, 1, "kept"));
    TestClient c = persistent("p");
    c.send(subscribe(7, "r", AT_LEAST_ONCE));
    assertEquals(List.of(), c.take(), "no SUBACK before the subscription is on disk");
    h.store.commit();
    List<MqttPacket> packets = c.take();
    assertInstanceOf(SubAck.class, packets.get(0));
    assertEquals("kept", Harness.text((Publish) packets.get(1)));
  }

  @Test
  void unsubAckOfAPersistentSessionWaitsForItsCommit() {
    TestClient c = h.connect("p", false);
    c.send(subscribe(1, "u", AT_LEAST_ONCE));
    c.take();
    h.store.holdCommits();
    c.send(new Unsubscribe(2, List.of("u"), MqttProperties.EMPTY));
    assertEquals(List.of(), c.take());
    h.store.commit();
    assertInstanceOf(UnsubAck.class, c.take().get(0));
  }

  @Test
  void pubAckOfARetainedMessageWaitsEvenWithoutSubscribers() {
    TestClient pub = h.connect("pub", true);
    h.store.holdCommits();
    pub.send(retainedPublish("r", AT_LEAST_ONCE, 3, "kept"));
    assertEquals(List.of(), pub.take(), "the retained message is not on disk yet");
    h.store.commit();
    assertEquals(List.of(new PubAck(3)), pub.take());
  }

  @Test
  void pubAckOfARetainedClearWaitsForItsCommit() { // MQTT-3.3.1-10
    TestClient pub = h.connect("pub", true);
    pub.send(retainedPublish("r", AT_LEAST_ONCE, 3, "kept"));
    pub.take();
    h.store.holdCommits();
    pub.send(retainedPublish("r", AT_LEAST_ONCE, 4, ""));
    assertEquals(List.of(), pub.take());
    h.store.commit();
    assertEquals(List.of(new PubAck(4)), pub.take());
  }

  @Test
  void pubRecOfAPersistentPublisherWaitsForItsPacketIdRecord() { // MQTT-4.3.3-2
    TestClient pub = persistent("pub");
    pub.send(publish("nobody", EXACTLY_ONCE, 9, "m"));
    assertEquals(List.of(), pub.take());
    assertTrue(h.store.calls().contains("inboundReceived pub 9"));
    h.store.commit();
    assertEquals(List.of(new PubRec(9)), pub.take());
    pub.send(new PubRel(9));
    assertEquals(List.of(), pub.take(), "PUBCOMP frees the id only once that is stored");
    assertTrue(h.store.calls().contains("inboundReleased pub 9"));
    h.store.commit();
    assertEquals(List.of(new PubComp(9)), pub.take());
  }

  @Test
  void aFailedCommitGivesAnMqtt5PublisherPubAck0x80() {
    h.connect("stored", false).send(subscribe(1, "t", AT_LEAST_ONCE));
    TestClient pub = h.connect(Mqtt5.connect("pub", true));
    h.store.holdCommits();
    pub.send(Mqtt5.publish("t", AT_LEAST_ONCE, 5, "m"));
    h.store.failCommit();
    assertEquals(
        List.of(new PubAck(5, ReasonCodes.UNSPECIFIED_ERROR, MqttProperties.EMPTY)), pub.take());
    assertFalse(pub.closedByBroker(), "the client may send the message again");
  }

  @Test
  void aFailedCommitClosesAnMqtt311PublisherWithoutPubAck() { // MQTT-4.4.0-1: it sends again
    h.connect("stored", false).send(subscribe(1, "t", AT_LEAST_ONCE));
    TestClient pub = h.connect("pub", true);
    h.store.holdCommits();
    pub.send(publish("t", AT_LEAST_ONCE, 5, "m"));
    h.store.failCommit();
    assertEquals(List.of(), pub.take());
    assertTrue(pub.closedByBroker());
  }

  @Test
  void aFailedCommitClosesAPersistentSubscriberWithoutSubAck() {
    TestClient c = persistent("p");
    c.send(subscribe(7, "s", AT_LEAST_ONCE));
    h.store.failCommit();
    assertEquals(List.of(), c.take());
    assertTrue(c.closedByBroker());
  }

  @Test
  void theCloseAfterDisconnectWaitsForTheNewSessionExpiry() { // MQTT 5 section 3.14.2.2.2
    TestClient c = h.connect(Mqtt5.connect("e", true, new Property(SESSION_EXPIRY, 60)));
    h.store.holdCommits();
    c.send(
        new Disconnect(
            ReasonCodes.SUCCESS, new MqttProperties(List.of(new Property(SESSION_EXPIRY, 3600)))));
    assertFalse(c.closedByBroker(), "the close waits for the new expiry to be on disk");
    assertTrue(h.store.calls().stream().anyMatch(call -> call.startsWith("sessionSaved e")));
    h.store.commit();
    assertTrue(c.closedByBroker());
  }

  @Test
  void aPingreqPipelinedAfterAWaitingConnectIsAnsweredAfterTheConnAck() { // MQTT-3.2.0-1
    h.store.holdCommits();
    TestClient c = h.open();
    c.send(connectPacket("p", false, 0, null), PingReq.INSTANCE);
    assertEquals(List.of(), c.take());
    h.store.commit();
    List<MqttPacket> packets = c.take();
    assertInstanceOf(ConnAck.class, packets.get(0));
    assertEquals(PingResp.INSTANCE, packets.get(1));
  }

  @Test
  void theEndOfATakenOverConnectionLeavesTheNewSessionsSubscriptionsAlone() { // MQTT-3.1.4-2
    TestClient first = h.connect(Mqtt5.connect("c", true));
    TestClient second = h.connect(Mqtt5.connect("c", true));
    second.send(subscribe(1, "t", AT_LEAST_ONCE));
    second.take();
    first.transportClosed(); // the old connection's close comes after the take-over
    h.connect("pub", true).send(publish("t", AT_LEAST_ONCE, 1, "still subscribed"));
    assertEquals(List.of("still subscribed"), second.takePayloads());
  }

  @Test
  void aPersistentSessionsPubrelWaitsForThePubrecState() { // MQTT-4.3.3-1
    TestClient sub = h.connect("p", false);
    sub.send(subscribe(1, "q", EXACTLY_ONCE));
    sub.take();
    h.connect("pub", true).send(publish("q", EXACTLY_ONCE, 1, "m"));
    Publish delivered = sub.takePublishes().get(0);
    h.store.holdCommits();
    sub.send(new PubRec(delivered.packetId()));
    assertEquals(List.of(), sub.take());
    h.store.commit();
    assertEquals(List.of(new PubRel(delivered.packetId())), sub.take());
  }

  @Test
  void aConnectionTakenOverWhileItsConnAckWaitsIsClosedWithoutADisconnect() { // MQTT-3.2.0-1
    h.store.holdCommits();
    TestClient first = h.open();
    first.send(Mqtt5.connect("c", true, new Property(SESSION_EXPIRY, 60)));
    TestClient second = h.open();
    second.send(Mqtt5.connect("c", false, new Property(SESSION_EXPIRY, 60)));
    h.lingerPassed();
    assertTrue(first.closedByBroker());
    h.store.commit();
    assertEquals(List.of(), first.take(), "neither CONNACK nor DISCONNECT for the replaced one");
    ConnAck ack = (ConnAck) second.take().get(0);
    assertEquals(0, ack.reasonCode());
  }
}
