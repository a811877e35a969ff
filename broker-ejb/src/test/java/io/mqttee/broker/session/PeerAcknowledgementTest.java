// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import static io.mqttee.broker.session.Harness.publish;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.broker.publish.PeerForwarding;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.PacketIdAck;
import io.mqttee.protocol.packet.PubAck;
import io.mqttee.protocol.packet.QoS;
import io.mqttee.protocol.packet.ReasonCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * A publisher's acknowledgements wait for the other nodes of a cluster to take its messages, and
 * still leave in the order the messages came (MQTT-4.6.0-2), whatever order the nodes answer in.
 * The nodes are stood in for by futures the test completes.
 */
class PeerAcknowledgementTest {
  private final Harness harness = new Harness();
  private final List<CompletableFuture<Void>> peers = new ArrayList<>();

  PeerAcknowledgementTest() {
    harness
        .core
        .publisher()
        .forwardTo(
            (message, publisher, servedHere, adoptions) -> {
              CompletableFuture<Void> taken = new CompletableFuture<>();
              peers.add(taken);
              return new PeerForwarding.Forwarded(taken, true, Set.of());
            });
  }

  @Test
  void acksWaitForTheNodesAndKeepTheirOrderWhenTheNodesAnswerOutOfOrder() {
    TestClient publisher = harness.connect("pub", true);
    publisher.send(publish("t", QoS.AT_LEAST_ONCE, 1, "one"));
    publisher.send(publish("t", QoS.EXACTLY_ONCE, 2, "two"));
    publisher.send(publish("t", QoS.AT_LEAST_ONCE, 3, "three"));
    assertEquals(List.of(), publisher.take());

    peers.get(2).complete(null);
    peers.get(1).complete(null);
    assertEquals(List.of(), publisher.take(), "the first message is not taken yet");

    peers.get(0).complete(null);
    List<Integer> ids = publisher.take().stream().map(p -> ((PacketIdAck) p).packetId()).toList();
    assertEquals(List.of(1, 2, 3), ids);
  }

  @Test
  void anAckAfterAWaitingOneQueuesBehindItEvenWithNothingToWaitFor() {
    TestClient publisher = harness.connect("pub", true);
    publisher.send(publish("t", QoS.AT_LEAST_ONCE, 1, "one"));
    harness.core.publisher().forwardTo((message, publisher1, servedHere, adoptions) -> null);
    publisher.send(publish("t", QoS.AT_LEAST_ONCE, 2, "two"));
    assertEquals(List.of(), publisher.take());

    peers.get(0).complete(null);
    List<MqttPacket> acks = publisher.take();
    assertEquals(2, acks.size(), acks.toString());
    assertEquals(1, ((PubAck) acks.get(0)).packetId());
    assertEquals(2, ((PubAck) acks.get(1)).packetId());
  }

  @Test
  void aPersistentPublishersPubrecWaitsForItsCommitAndForTheNodes() {
    TestClient publisher = harness.connect("durable-pub", false);
    harness.store.holdCommits();
    publisher.send(publish("t", QoS.EXACTLY_ONCE, 1, "one"));
    peers.get(0).complete(null);
    assertEquals(List.of(), publisher.take(), "the packet id is not on disk yet");

    harness.store.releaseCommits();
    assertEquals(1, ((PacketIdAck) publisher.take().get(0)).packetId());
  }

  @Test
  void aQos2MessageNoNodeTookIsRoutedAgainWhenTheClientSendsItAgain() {
    // a persistent session keeps the packet ids of QoS 2 messages across connections
    TestClient publisher = harness.connect("pub", false);
    publisher.send(publish("t", QoS.EXACTLY_ONCE, 1, "one"));
    peers.get(0).completeExceptionally(new IllegalStateException("node gone"));
    assertTrue(publisher.closedByBroker());
    publisher.transportClosed();

    TestClient again = harness.connect("pub", false);
    again.send(publish("t", QoS.EXACTLY_ONCE, 1, "one").asDuplicate());
    assertEquals(2, peers.size(), "the resend went to the nodes again");
  }

  @Test
  void aMessageNoNodeTookIsRefusedSoTheMqtt5PublisherSendsItAgain() {
    TestClient publisher = harness.connect(Mqtt5.connect("pub5", true));
    publisher.send(Mqtt5.publish("t", QoS.AT_LEAST_ONCE, 1, "one"));
    peers.get(0).completeExceptionally(new IllegalStateException("node gone"));

    PubAck ack = assertInstanceOf(PubAck.class, publisher.take().get(0));
    assertEquals(ReasonCodes.UNSPECIFIED_ERROR, ack.reasonCode());
  }

  @Test
  void aMessageNoNodeTookClosesAnMqtt311Publisher() {
    TestClient publisher = harness.connect("pub", true);
    publisher.send(publish("t", QoS.AT_LEAST_ONCE, 1, "one"));
    peers.get(0).completeExceptionally(new IllegalStateException("node gone"));

    assertTrue(publisher.closedByBroker());
  }
}
