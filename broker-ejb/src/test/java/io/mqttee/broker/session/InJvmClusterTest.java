// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import static io.mqttee.broker.session.Harness.publish;
import static io.mqttee.broker.session.Harness.retainedPublish;
import static io.mqttee.broker.session.Harness.subscribe;
import static io.mqttee.broker.session.InJvmCluster.packets;
import static io.mqttee.broker.session.InJvmCluster.pause;
import static io.mqttee.broker.session.InJvmCluster.payloads;
import static io.mqttee.broker.session.InJvmCluster.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.broker.admin.ClientAdmin;
import io.mqttee.broker.admin.ClientQuery;
import io.mqttee.broker.admin.ClientView;
import io.mqttee.broker.admin.NotFoundException;
import io.mqttee.broker.admin.Page;
import io.mqttee.broker.admin.PageRequest;
import io.mqttee.broker.cluster.ClusterNode;
import io.mqttee.broker.management.RetainedAdministration;
import io.mqttee.connector.api.ConnectionInfo;
import io.mqttee.protocol.packet.ConnAck;
import io.mqttee.protocol.packet.Disconnect;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.MqttProperties.Property;
import io.mqttee.protocol.packet.PubAck;
import io.mqttee.protocol.packet.PubRec;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.QoS;
import io.mqttee.protocol.packet.ReasonCodes;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Three brokers in one JVM, each a member of a real Hazelcast cluster on loopback: routes reach the
 * other nodes, messages cross nodes at QoS 0, 1 and 2 in order, the publisher's acknowledgement
 * waits for the receiving node's commit, a share group is served once in the cluster, retained
 * messages reach every node, and a client id is connected on one node at a time: a CONNECT on
 * another node takes the session over with its queue.
 */
class InJvmClusterTest {
  private static final int MESSAGES = 400;
  private static InJvmCluster cluster;

  @BeforeAll
  static void startThreeNodes() throws IOException {
    cluster = InJvmCluster.start(3);
  }

  @AfterAll
  static void stopNodes() {
    cluster.stop();
  }

  private static Harness broker(int node) {
    return cluster.broker(node);
  }

  private static void awaitRoute(int node, String filter) {
    cluster.awaitRoute(node, filter);
  }

  @Test
  void aMessagePublishedOnOneNodeReachesSubscribersOnTheOthersAtEachQos() {
    TestClient a = subscribed(0, "a", "cross/qos/#", QoS.EXACTLY_ONCE);
    TestClient c = subscribed(2, "c", "cross/+/2", QoS.AT_LEAST_ONCE);
    TestClient publisher = broker(1).connect("pub-cross", true);

    publisher.send(publish("cross/qos/0", QoS.AT_MOST_ONCE, 0, "zero"));
    publisher.send(publish("cross/qos/1", QoS.AT_LEAST_ONCE, 1, "one"));
    publisher.send(publish("cross/qos/2", QoS.EXACTLY_ONCE, 2, "two"));

    assertEquals(List.of("zero", "one", "two"), payloads(a, 3));
    assertEquals(List.of("two"), payloads(c, 1));
    List<MqttPacket> acks = packets(publisher, 2);
    assertEquals(1, assertInstanceOf(PubAck.class, acks.get(0)).packetId());
    assertEquals(2, assertInstanceOf(PubRec.class, acks.get(1)).packetId());
  }

  @Test
  void messagesOfOnePublisherArriveInTheOrderTheyWerePublished() {
    TestClient subscriber = subscribed(2, "ordered-sub", "order/#", QoS.AT_LEAST_ONCE);
    TestClient publisher = broker(0).connect("ordered-pub", true);
    List<String> sent = new ArrayList<>();
    // at most 100 QoS 1 messages: the subscriber acknowledges none, and 128 may be in flight
    for (int i = 1; i <= 200; i++) {
      sent.add("m" + i);
      publisher.send(publish("order/" + (i % 7), QoS.of(i % 2), i % 2 == 0 ? 0 : i, "m" + i));
    }
    assertEquals(sent, payloads(subscriber, sent.size()));
  }

  @Test
  void thePublishersAckWaitsUntilThePersistentSubscribersNodeCommitted() {
    Harness subscriberNode = broker(1);
    TestClient subscriber = subscriberNode.connect("durable-sub", false);
    subscriber.send(subscribe(1, "durable/#", QoS.AT_LEAST_ONCE));
    subscriberNode.store.commit();
    subscriber.take();
    awaitRoute(1, "durable/#");
    TestClient publisher = broker(2).connect("durable-pub", true);
    subscriberNode.store.holdCommits();
    try {
      publisher.send(publish("durable/x", QoS.AT_LEAST_ONCE, 7, "kept"));
      assertEquals(List.of("kept"), payloads(subscriber, 1));
      pause();
      assertEquals(List.of(), publisher.take(), "no PUBACK before the subscriber's node commits");
    } finally {
      subscriberNode.store.releaseCommits();
    }
    assertEquals(7, assertInstanceOf(PubAck.class, packets(publisher, 1).get(0)).packetId());
  }

  @Test
  void aShareGroupIsServedOnceInTheClusterWhereverItsMembersAre() {
    TestClient first = subscribed(0, "share-1", "$share/g/jobs/#", QoS.AT_LEAST_ONCE);
    TestClient second = subscribed(1, "share-2", "$share/g/jobs/#", QoS.AT_LEAST_ONCE);
    TestClient publisher = broker(2).connect("share-pub", true);
    for (int i = 1; i <= 40; i++) {
      publisher.send(publish("jobs/" + i, QoS.AT_LEAST_ONCE, i, "job" + i));
    }
    packets(publisher, 40);
    pause();
    List<String> served = new ArrayList<>(first.takePayloads());
    served.addAll(second.takePayloads());
    assertEquals(40, served.size(), served.toString());
    assertEquals(40, served.stream().distinct().count(), served.toString());
  }

  @Test
  void aNodeThatJoinsLaterLearnsTheRoutesThatExistAlready() throws IOException {
    TestClient subscriber = subscribed(0, "before-join", "joined/#", QoS.AT_LEAST_ONCE);
    ClusterNode node = cluster.join(InJvmCluster.freePort());
    try {
      Harness late = cluster.serve(node);
      TestClient publisher = late.connect("late-pub", true);
      publisher.send(publish("joined/1", QoS.AT_LEAST_ONCE, 1, "from the new node"));
      assertEquals(List.of("from the new node"), payloads(subscriber, 1));
    } finally {
      node.leave();
      cluster.awaitMembers(3, "the fourth node gone from every member's view");
    }
  }

  @Test
  void aRetainedMessageReachesEveryNode() {
    TestClient publisher = broker(0).connect("retain-pub", true);
    publisher.send(retainedPublish("retained/everywhere", QoS.AT_LEAST_ONCE, 3, "kept"));
    assertInstanceOf(PubAck.class, packets(publisher, 1).get(0));

    for (int node = 1; node < 3; node++) {
      TestClient late = broker(node).connect("late-" + node, true);
      late.send(subscribe(1, "retained/#", QoS.AT_LEAST_ONCE));
      List<Publish> got =
          late.take().stream().filter(Publish.class::isInstance).map(Publish.class::cast).toList();
      assertEquals(1, got.size(), "node " + node + ": " + got);
      assertEquals("kept", Harness.text(got.get(0)));
      assertTrue(got.get(0).retain());
    }
  }

  @Test
  void anAdministratorsDeletionOfARetainedMessageHoldsOnEveryNode() {
    TestClient publisher = broker(1).connect("retain-del-pub", true);
    publisher.send(retainedPublish("retained/deleted", QoS.AT_LEAST_ONCE, 3, "soon gone"));
    assertInstanceOf(PubAck.class, packets(publisher, 1).get(0));
    assertTrue(broker(2).retained.get("retained/deleted") != null);

    new RetainedAdministration(broker(0).retained, broker(0).core.publisher())
        .delete("retained/deleted");
    waitFor(
        () ->
            IntStream.range(0, cluster.size())
                .allMatch(n -> broker(n).retained.get("retained/deleted") == null),
        "the deletion on every node");
  }

  @Test
  void aConnectOnAnotherNodeTakesTheSessionOverWithItsSubscriptionsAndUnacknowledgedMessages() {
    TestClient before = broker(0).connect(Mqtt5.connect("mover", false, new Property(0x11, 600)));
    before.send(subscribe(1, "move/#", QoS.AT_LEAST_ONCE));
    packets(before, 1);
    awaitRoute(0, "move/#");
    TestClient publisher = broker(2).connect("move-pub", true);
    for (int i = 1; i <= 3; i++) {
      publisher.send(publish("move/" + i, QoS.AT_LEAST_ONCE, i, "m" + i));
    }
    assertEquals(List.of("m1", "m2", "m3"), payloads(before, 3)); // never acknowledged

    TestClient after = broker(1).open();
    after.send(Mqtt5.connect("mover", false, new Property(0x11, 600)));

    // MQTT-3.1.4-2: the node that held the client id closes the old connection with 0x8E
    assertEquals(
        List.of(new Disconnect(ReasonCodes.SESSION_TAKEN_OVER, MqttProperties.EMPTY)),
        packets(before, 1));
    List<MqttPacket> resumed = packets(after, 4);
    assertTrue(assertInstanceOf(ConnAck.class, resumed.get(0)).sessionPresent());
    List<Publish> resent = resumed.subList(1, 4).stream().map(Publish.class::cast).toList();
    assertEquals(List.of("m1", "m2", "m3"), resent.stream().map(Harness::text).toList());
    assertTrue(resent.stream().allMatch(Publish::dup), "MQTT-4.4.0-1: resent with DUP");
    assertEquals(null, broker(0).core.sessions().sessions().get("mover"));

    awaitRoute(1, "move/#");
    publisher.send(publish("move/4", QoS.AT_LEAST_ONCE, 4, "m4"));
    assertEquals(List.of("m4"), payloads(after, 1));
    assertEquals(List.of(), before.take());
  }

  /**
   * Publishers on the node a session moves to and on a third node send all along: what reaches the
   * old node after it gave the session up is relayed to the new one, and what the new node had
   * itself is not relayed again, so each acknowledged message reaches the session once.
   */
  @Test
  void messagesPublishedWhileASessionMovesReachItOnItsNewNodeOnce() throws Exception {
    List<TestClient> publishers =
        List.of(broker(1).connect("roam-pub-1", true), broker(2).connect("roam-pub-2", true));
    TestClient after = moveWhilePublishing("roamer", "roam/#", "roam", publishers);
    List<String> got = new ArrayList<>();
    waitFor(
        () -> {
          got.addAll(acknowledged(after));
          return got.stream().distinct().count() == MESSAGES;
        },
        () -> "all messages; missing: " + missing(got));
    pause();
    got.addAll(acknowledged(after));
    assertEquals(MESSAGES, got.size(), "no message twice");
  }

  /**
   * A member of a share group moves while publishers on the node it leaves and on the node of
   * another member send: the group serves each message once, the member that moved getting its
   * share on its new node, which has another subscriber of these topics.
   */
  @Test
  void aShareGroupMemberThatMovesLeavesNoMessageUnservedOrServedTwice() throws Exception {
    TestClient staying = subscribed(2, "share-staying", "$share/movers/sroam/#", QoS.AT_LEAST_ONCE);
    // the node the member moves to gets every message for a subscriber of its own
    subscribed(1, "sroam-watcher", "sroam/#", QoS.AT_MOST_ONCE);
    List<TestClient> publishers =
        List.of(broker(0).connect("sroam-pub-0", true), broker(2).connect("sroam-pub-2", true));
    TestClient after =
        moveWhilePublishing("share-roamer", "$share/movers/sroam/#", "sroam", publishers);
    List<String> served = new ArrayList<>();
    waitFor(
        () -> {
          served.addAll(acknowledged(after));
          served.addAll(acknowledged(staying));
          return served.stream().distinct().count() == MESSAGES;
        },
        () -> "every message served; missing: " + missing(served));
    pause();
    served.addAll(acknowledged(after));
    served.addAll(acknowledged(staying));
    assertEquals(MESSAGES, served.size(), "no message served twice");
  }

  /**
   * Subscribes a persistent session to {@code filter} on node 0; publishes {@link #MESSAGES} QoS 1
   * messages on {@code topic/i}, from the publishers in turn, and meanwhile connects the client on
   * node 1, which takes the session over. Returns that connection once every publisher has all its
   * PUBACKs.
   */
  private static TestClient moveWhilePublishing(
      String clientId, String filter, String topic, List<TestClient> publishers) throws Exception {
    Property expiry = new Property(0x11, 600);
    TestClient before = broker(0).connect(Mqtt5.connect(clientId, false, expiry));
    before.send(subscribe(1, filter, QoS.AT_LEAST_ONCE));
    packets(before, 1);
    awaitRoute(0, filter);
    CompletableFuture<Void> publishing =
        CompletableFuture.runAsync(
            () -> {
              for (int i = 1; i <= MESSAGES; i++) {
                TestClient publisher = publishers.get(i % publishers.size());
                publisher.send(publish(topic + "/" + i, QoS.AT_LEAST_ONCE, i, "m" + i));
                if (i % 4 == 0) {
                  pause(Duration.ofMillis(1));
                }
              }
            },
            cluster.threads);
    payloads(before, 10); // never acknowledged: handed over with the session

    TestClient after = broker(1).open();
    after.send(Mqtt5.connect(clientId, false, expiry));
    publishing.get(InJvmCluster.WAIT.toSeconds(), TimeUnit.SECONDS);
    for (TestClient publisher : publishers) {
      assertTrue(
          packets(publisher, MESSAGES / publishers.size()).stream()
              .allMatch(PubAck.class::isInstance),
          "every message acknowledged to its publisher");
    }
    return after;
  }

  /** The texts of the messages the client got since the last call, each acknowledged. */
  private static List<String> acknowledged(TestClient client) {
    List<String> texts = new ArrayList<>();
    for (Publish message : client.takePublishes()) {
      texts.add(Harness.text(message));
      client.send(new PubAck(message.packetId()));
    }
    return texts;
  }

  private static List<String> missing(List<String> got) {
    return IntStream.rangeClosed(1, MESSAGES)
        .mapToObj(i -> "m" + i)
        .filter(text -> !got.contains(text))
        .toList();
  }

  @Test
  void twoConnectsOfOneClientIdOnTwoNodesAtOnceLeaveOneConnection() throws Exception {
    for (int round = 0; round < 5; round++) {
      String clientId = "twin-" + round;
      CompletableFuture<TestClient> first = connectAsync(0, clientId);
      CompletableFuture<TestClient> second = connectAsync(1, clientId);
      List<TestClient> twins = List.of(first.get(), second.get());
      waitFor(
          () -> twins.stream().filter(t -> t.closedByBroker()).count() == 1,
          () -> "exactly one of the two connections closed in round " + clientId);
      pause();
      assertEquals(1, twins.stream().filter(t -> t.closedByBroker()).count(), clientId);
      TestClient survivor = twins.stream().filter(t -> !t.closedByBroker()).findFirst().get();
      assertInstanceOf(ConnAck.class, survivor.take().get(0));
    }
  }

  /** A CONNECT sent from another thread; its CONNACK, if one comes, left for the test. */
  private static CompletableFuture<TestClient> connectAsync(int node, String clientId) {
    return CompletableFuture.supplyAsync(
        () -> {
          TestClient client = broker(node).open();
          client.send(Harness.connectPacket(clientId, true, 0, null));
          return client;
        },
        cluster.threads);
  }

  @Test
  void aGatewaysOwnConnectionWithTheSameClientIdOnEveryNodeTakesNothingOver() {
    ConnectionInfo gateway = new ConnectionInfo("gateway", new InetSocketAddress(0), null);
    List<TestClient> gateways = new ArrayList<>();
    for (int node = 0; node < 3; node++) {
      TestClient own = broker(node).open(gateway);
      own.send(Harness.connectPacket("mqttee-lwm2m-gateway", true, 0, null));
      assertInstanceOf(ConnAck.class, packets(own, 1).get(0));
      gateways.add(own);
    }
    pause();
    assertTrue(gateways.stream().noneMatch(TestClient::closedByBroker));
  }

  @Test
  void theAdministrationOfAnyNodeListsFindsAndKicksTheClientsOfEveryNode() {
    List<TestClient> connected = new ArrayList<>();
    for (int node = 0; node < 3; node++) {
      connected.add(broker(node).connect("listed-" + node, true));
    }
    ClientAdmin clients = cluster.node(0).clients(broker(0).core.clientAdministration());
    ClientQuery listed = new ClientQuery("listed-", null, null, null, null);

    Page<ClientView> page = clients.clients(listed, new PageRequest(1, 2));
    assertEquals(3, page.total());
    assertEquals(
        List.of("listed-0", "listed-1"), page.items().stream().map(ClientView::clientId).toList());
    Page<ClientView> second = clients.clients(listed, new PageRequest(2, 2));
    ClientView onThird = second.items().get(0);
    assertEquals("listed-2", onThird.clientId());
    assertEquals(cluster.node(2).address(), onThird.node());
    assertEquals(cluster.node(1).address(), clients.client("listed-1").orElseThrow().node());

    clients.kick("listed-2");
    waitFor(connected.get(2)::closedByBroker, "listed-2 disconnected on node 2");
    assertTrue(!connected.get(1).closedByBroker());
    assertThrows(NotFoundException.class, () -> clients.kick("never-connected"));
  }

  private static TestClient subscribed(int node, String clientId, String filter, QoS qos) {
    TestClient client = broker(node).connect(clientId, true);
    client.send(subscribe(1, filter, qos));
    client.take();
    awaitRoute(node, filter);
    return client;
  }
}
