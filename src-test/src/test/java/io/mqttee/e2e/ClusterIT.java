// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.e2e.support.AdminApi;
import io.mqttee.e2e.support.AdminApi.Reply;
import io.mqttee.e2e.support.ClusterDomain;
import io.mqttee.e2e.support.ClusterDomains;
import io.mqttee.e2e.support.PahoClient;
import io.mqttee.e2e.support.PahoV5Client;
import io.mqttee.e2e.support.RawSession;
import io.mqttee.e2e.support.Received;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.QoS;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Three MQTTee nodes, each a Payara Server domain with the EAR, in one cluster on this machine:
 * messages cross nodes at every QoS and in order, retained messages and share groups span the
 * nodes, a session follows its client to another node, one client id has one connection in the
 * cluster, and a node killed with SIGKILL or frozen with SIGSTOP stops holding up the others.
 */
@Tag("cluster")
@TestMethodOrder(OrderAnnotation.class)
class ClusterIT {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static ClusterDomains cluster;

  @BeforeAll
  static void startThreeNodes() throws Exception {
    cluster = ClusterDomains.start(3);
  }

  @AfterAll
  static void stopNodes() {
    if (cluster != null) {
      cluster.close();
    }
  }

  private static PahoClient client(int node, String clientId) throws MqttException {
    return PahoClient.connectTo(cluster.node(node).tcpUri(), clientId, options -> {});
  }

  /** Waits until the $SYS topic (published every second) shows {@code expected} on {@code node}. */
  private static void awaitSysValue(int node, String topic, String expected) throws Exception {
    try (PahoClient sys = client(node, "sys-" + node + "-" + System.nanoTime())) {
      sys.subscribe(topic, 0);
      long deadline = System.nanoTime() + WAIT.toNanos();
      String value = sys.next(WAIT).text();
      while (!expected.equals(value)) {
        assertTrue(System.nanoTime() < deadline, topic + " on node " + node + " is " + value);
        value = sys.next(WAIT).text();
      }
    }
  }

  /** The current value of a $SYS topic on {@code node}, a number. */
  private static long sysNumber(int node, String topic) throws Exception {
    try (PahoClient sys = client(node, "sys-" + node + "-" + System.nanoTime())) {
      sys.subscribe(topic, 0);
      return Long.parseLong(sys.next(WAIT).text());
    }
  }

  /** Waits until the $SYS number on {@code node} is below {@code bound}. */
  private static void awaitSysNumberBelow(int node, String topic, long bound) throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    long value = sysNumber(node, topic);
    while (value >= bound) {
      assertTrue(System.nanoTime() < deadline, topic + " on node " + node + " stays " + value);
      Thread.sleep(500);
      value = sysNumber(node, topic);
    }
  }

  @Test
  @Order(0)
  void everyNodeSeesThreeNodes() throws Exception {
    for (int node = 0; node < 3; node++) {
      awaitSysValue(node, "$SYS/broker/cluster/nodes", "3");
    }
  }

  /**
   * Order is checked on the wire, with a client of its own: Paho hands a QoS 2 message to the
   * application only at its PUBREL, so a QoS 0 message sent right after it may reach the
   * application first.
   */
  @Test
  @Order(1)
  void messagesCrossNodesAtEveryQosInTheOrderTheyWerePublished() throws Exception {
    try (RawSession subscriber =
            RawSession.connectTo(cluster.node(0).mqttPort(), "cross-sub", true);
        PahoClient publisher = client(1, "cross-pub")) {
      subscriber.subscribe(QoS.EXACTLY_ONCE, "cross/#");
      RouteProbes.awaitRoute(publisher, subscriber, "cross/probe");
      List<String> sent = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        sent.add("m" + i);
        publisher.publish("cross/" + (i % 3), "m" + i, i % 3, false);
      }
      // MQTT-4.6.0-6, and per publisher across topics and QoS levels, as the cluster promises
      List<Publish> got =
          subscriber.receiveUntil("m59", WAIT).stream()
              .filter(message -> !"probe".equals(RawSession.text(message)))
              .toList();
      assertEquals(sent, got.stream().map(RawSession::text).toList());
      assertEquals(
          IntStream.range(0, 60).mapToObj(i -> QoS.values()[i % 3]).toList(),
          got.stream().map(Publish::qos).toList());
    }
  }

  @Test
  @Order(2)
  void aRetainedMessageIsThereOnEveryNodeOnceItsPublisherHasTheAck() throws Exception {
    try (PahoClient publisher = client(2, "retain-pub")) {
      publisher.publish("cluster/retained", "kept", 1, true);
    }
    for (int node = 0; node < 2; node++) {
      try (PahoClient late = client(node, "retain-late-" + node)) {
        late.subscribe("cluster/retained", 1);
        Received got = late.next(WAIT);
        assertEquals("kept", got.text());
        assertTrue(got.retained(), got.toString());
      }
    }
  }

  @Test
  @Order(3)
  void aShareGroupWithMembersOnTwoNodesGetsEachMessageOnce() throws Exception {
    assertAShareGroupServesEachMessageOnce(0, 1, 2, "workers", 40);
  }

  @Test
  @Order(4)
  void aSessionFollowsItsClientToAnotherNodeWithItsQueueAndTheOldConnectionIsClosed()
      throws Exception {
    String id = "mover-" + System.nanoTime();
    try (PahoClient publisher = client(2, "mover-pub")) {
      try (PahoV5Client first = connectV5(0, id, PahoV5Client.persistent(600))) {
        first.subscribe(new MqttSubscription("moving/#", 1), new MqttProperties());
        RouteProbes.awaitRoute(publisher, first, "moving/probe");
        first.disconnect();
      }
      List<String> queued = List.of("q1", "q2", "q3", "q4", "q5");
      for (String text : queued) {
        publisher.publish("moving/queued", text, 1, false); // acked once node 0 stored it
      }
      try (PahoV5Client second = connectV5(1, id, PahoV5Client.persistent(600))) {
        assertTrue(second.sessionPresent(), "MQTT-3.2.2-2: the session moved with its client");
        assertEquals(queued, texts(second.next(queued.size())));

        try (PahoV5Client third = connectV5(2, id, PahoV5Client.persistent(600))) {
          // MQTT-3.1.4-2 and MQTT 5 section 3.14.2.1: 0x8E to the connection taken over
          assertEquals(0x8E, second.awaitDisconnectReason(WAIT));
          assertTrue(third.sessionPresent());
          RouteProbes.awaitRoute(publisher, third, "moving/probe");
          publisher.publish("moving/after", "after the move", 1, false);
          assertEquals("after the move", third.next().text());
          assertTrue(third.isConnected());
        }
      }
    }
  }

  /**
   * Publishers on the node a persistent subscriber moves to and on a third node send all along:
   * every message they had acknowledged reaches the subscriber, before or after the move.
   */
  @Test
  @Order(4)
  void messagesPublishedWhileASessionMovesReachIt() throws Exception {
    String id = "roamer-" + System.nanoTime();
    int count = 300;
    try (PahoClient onTaker = client(1, "roam-pub-1");
        PahoClient onThird = client(2, "roam-pub-2");
        PahoV5Client first = connectV5(0, id, PahoV5Client.persistent(600))) {
      first.subscribe(new MqttSubscription("roam/#", 1), new MqttProperties());
      RouteProbes.awaitRoute(onThird, first, "roam/probe");
      RouteProbes.awaitRoute(onTaker, first, "roam/probe");
      CompletableFuture<Void> publishing =
          CompletableFuture.runAsync(
              () -> {
                try {
                  for (int i = 1; i <= count; i++) {
                    (i % 2 == 0 ? onTaker : onThird).publish("roam/" + i, "m" + i, 1, false);
                  }
                } catch (MqttException e) {
                  throw new CompletionException(e);
                }
              });
      List<String> got = new ArrayList<>(texts(first.next(30)));
      try (PahoV5Client second = connectV5(1, id, PahoV5Client.persistent(600))) {
        assertTrue(second.sessionPresent(), "MQTT-3.2.2-2");
        publishing.get(WAIT.toSeconds() * 3, TimeUnit.SECONDS); // each publish got its PUBACK
        got.addAll(texts(first.drain()));
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!missing(got, count).isEmpty() && System.nanoTime() < deadline) {
          got.addAll(texts(second.drain(Duration.ofMillis(500))));
        }
        assertEquals(List.of(), missing(got, count), "acknowledged, never delivered");
        assertTrue(second.isConnected());
      }
    }
  }

  private static List<String> missing(List<String> got, int count) {
    Set<String> arrived = Set.copyOf(got);
    return IntStream.rangeClosed(1, count)
        .mapToObj(i -> "m" + i)
        .filter(text -> !arrived.contains(text))
        .toList();
  }

  @Test
  @Order(5)
  void twoConnectsOfOneClientIdOnTwoNodesAtOnceLeaveOneConnection() throws Exception {
    for (int round = 0; round < 5; round++) {
      String id = "twin-" + round + "-" + System.nanoTime();
      CompletableFuture<PahoV5Client> onFirst = connectV5Async(0, id);
      CompletableFuture<PahoV5Client> onSecond = connectV5Async(1, id);
      List<PahoV5Client> twins = new ArrayList<>();
      Stream.of(onFirst.get(), onSecond.get()).filter(Objects::nonNull).forEach(twins::add);
      try {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (twins.stream().filter(PahoV5Client::isConnected).count() != 1) {
          assertTrue(System.nanoTime() < deadline, "not one connection for " + id);
          Thread.sleep(100);
        }
        Thread.sleep(1000);
        assertEquals(1, twins.stream().filter(PahoV5Client::isConnected).count(), id);
      } finally {
        for (PahoV5Client twin : twins) {
          twin.close();
        }
      }
    }
  }

  private static PahoV5Client connectV5(
      int node, String clientId, Consumer<MqttConnectionOptions> options) throws Exception {
    return PahoV5Client.connectTo(cluster.node(node).tcpUri(), clientId, options);
  }

  /** A clean-start connection, or null when the broker refused or closed it before CONNACK. */
  private static CompletableFuture<PahoV5Client> connectV5Async(int node, String clientId) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return connectV5(node, clientId, options -> {});
          } catch (Exception closedBeforeConnAck) {
            return null;
          }
        });
  }

  private static List<String> texts(List<PahoV5Client.Delivered> delivered) {
    return delivered.stream().map(PahoV5Client.Delivered::text).toList();
  }

  @Test
  @Order(6)
  void theAdministrationApiOfAnyNodeListsAndKicksTheClientsOfEveryNode() throws Exception {
    try (PahoClient onThird = client(2, "listed-on-third");
        PahoClient onFirst = client(0, "listed-on-first")) {
      AdminApi admin = AdminApi.asAdminOn(cluster.node(1).httpBase());
      Reply listed = admin.get("/clients?_like_clientid=listed-on-");
      assertEquals(200, listed.status(), listed.body());
      assertEquals(2, listed.meta().getInt("count"), listed.body());
      JsonObject first = listed.list().getJsonObject(0);
      assertEquals("listed-on-first", first.getString("clientid"));
      assertEquals("127.0.0.1:" + cluster.node(0).gridPort(), first.getString("node"));
      JsonObject third = listed.list().getJsonObject(1);
      assertEquals("listed-on-third", third.getString("clientid"));
      assertEquals("127.0.0.1:" + cluster.node(2).gridPort(), third.getString("node"));

      assertEquals(204, admin.delete("/clients/listed-on-third").status());
      assertTrue(onThird.awaitConnectionLost(WAIT), "kicked on its own node");
      assertTrue(onFirst.isConnected());
      assertEquals(404, admin.delete("/clients/listed-on-third").status());
    }
  }

  /**
   * Node 3 dies with SIGKILL while a persistent subscriber on it receives from node 1, and while a
   * publisher on it sends to a persistent subscriber on node 2: every message either publisher got
   * an acknowledgement for reaches its subscriber, the first once it connects again elsewhere and
   * finds its session taken over from the shared database. A retained message and a share group
   * keep working on the nodes left, and node 3's routes are gone from them.
   */
  @Test
  @Order(7)
  void noAcknowledgedMessageIsLostWhenTheSubscribersOrThePublishersNodeIsKilled() throws Exception {
    ClusterDomain doomed = cluster.node(2);
    PahoClient retainer = client(1, "retain-before-kill");
    retainer.publish("killed/retained", "kept", 1, true);
    retainer.close();
    PahoClient onDoomed = persistentClient(2, "durable-on-doomed");
    PahoClient survivor = persistentClient(1, "durable-survivor");
    onDoomed.subscribe("toward-doomed/#", 1);
    survivor.subscribe("from-doomed/#", 1);
    List<String> towardDoomed = new ArrayList<>();
    List<String> fromDoomed = new ArrayList<>();
    try (PahoClient publisher = client(0, "toward-doomed-pub");
        PahoClient doomedPublisher = client(2, "from-doomed-pub")) {
      RouteProbes.awaitRoute(publisher, onDoomed, "toward-doomed/probe");
      RouteProbes.awaitRoute(doomedPublisher, survivor, "from-doomed/probe");
      long routesWithTheDoomedNode = sysNumber(0, "$SYS/broker/cluster/routes/remote");
      for (int i = 0; i < 10; i++) {
        publisher.publish("toward-doomed/" + i, "t" + i, 1, false);
        towardDoomed.add("t" + i);
      }
      CompletableFuture<Void> publishing =
          CompletableFuture.runAsync(() -> publishUntilItFails(doomedPublisher, fromDoomed));
      Thread.sleep(300);
      doomed.kill();
      // published at once, while node 3's session is not yet taken over: a message for it is
      // refused (the connection of this MQTT 3.1.1 publisher closes) until a survivor holds it
      try (Publisher again = new Publisher(0, "toward-doomed-pub-2")) {
        for (int i = 10; i < 20; i++) {
          again.publishUntilAcknowledged("toward-doomed/" + i, "t" + i);
          towardDoomed.add("t" + i);
        }
      }
      publishing.get(WAIT.toSeconds(), TimeUnit.SECONDS);
      awaitSysNumberBelow(0, "$SYS/broker/cluster/routes/remote", routesWithTheDoomedNode);
    }
    List<String> receivedBeforeTheKill = receivedTexts(onDoomed.drain(Duration.ZERO));
    onDoomed.close();
    try (PahoClient back = persistentClient(1, "durable-on-doomed")) {
      assertTrue(back.sessionPresent(), "the session was taken over from the shared database");
      assertReceivedAll(towardDoomed, receivedBeforeTheKill, back);
    }
    assertTrue(fromDoomed.size() > 0, "node 3's publisher got no acknowledgement before the kill");
    assertReceivedAll(fromDoomed, List.of(), survivor);
    survivor.close();
    try (PahoClient late = client(0, "retained-after-kill")) {
      late.subscribe("killed/retained", 1);
      assertEquals("kept", late.next(WAIT).text());
    }
  }

  @Test
  @Order(8)
  void aShareGroupServesOnTheNodesLeftAfterAKill() throws Exception {
    assertAShareGroupServesEachMessageOnce(0, 1, 0, "after-kill", 20);
  }

  /**
   * Members of share group {@code group} on two nodes, a publisher on a third (or one of them):
   * each of {@code count} QoS 1 messages reaches exactly one member.
   */
  private static void assertAShareGroupServesEachMessageOnce(
      int firstNode, int secondNode, int publisherNode, String group, int count) throws Exception {
    try (PahoClient first = client(firstNode, group + "-1");
        PahoClient second = client(secondNode, group + "-2");
        PahoClient publisher = client(publisherNode, group + "-pub")) {
      first.subscribe("$share/" + group + "/" + group + "/#", 1);
      second.subscribe("$share/" + group + "/" + group + "/#", 1);
      // until both nodes' routes are known, a probe may reach either member or none
      Thread.sleep(2000);
      for (int i = 0; i < count; i++) {
        publisher.publish(group + "/" + i, "job" + i, 1, false);
      }
      List<String> served = new ArrayList<>();
      first.drain(Duration.ofSeconds(2)).forEach(m -> served.add(m.text()));
      second.drain(Duration.ofSeconds(1)).forEach(m -> served.add(m.text()));
      assertEquals(count, served.size(), served.toString());
      assertEquals(count, served.stream().distinct().count(), served.toString());
    }
  }

  private static PahoClient persistentClient(int node, String clientId) throws MqttException {
    return PahoClient.connectTo(
        cluster.node(node).tcpUri(), clientId, options -> options.setCleanSession(false));
  }

  /** QoS 1 publishes until one fails, as when its node dies; each acknowledged one is recorded. */
  private static void publishUntilItFails(PahoClient publisher, List<String> acknowledged) {
    for (int i = 0; ; i++) {
      try {
        publisher.publish("from-doomed/" + i, "f" + i, 1, false);
      } catch (MqttException stopped) {
        return;
      }
      synchronized (acknowledged) {
        acknowledged.add("f" + i);
      }
    }
  }

  /** What {@code client} got before and gets now covers every acknowledged message. */
  private static void assertReceivedAll(
      List<String> acknowledged, List<String> before, PahoClient client) throws Exception {
    List<String> missing;
    synchronized (acknowledged) {
      missing = new ArrayList<>(acknowledged);
    }
    missing.removeAll(before);
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!missing.isEmpty()) {
      assertTrue(System.nanoTime() < deadline, "acknowledged but never received: " + missing);
      Received next = client.poll(Duration.ofMillis(200));
      if (next != null) {
        missing.remove(next.text());
      }
    }
  }

  private static List<String> receivedTexts(List<Received> received) {
    return received.stream().map(Received::text).toList();
  }

  /** A publisher that connects again, to the same node, after a publish failed. */
  private static final class Publisher implements AutoCloseable {
    private final int node;
    private final String clientId;
    private PahoClient client;

    Publisher(int node, String clientId) {
      this.node = node;
      this.clientId = clientId;
    }

    void publishUntilAcknowledged(String topic, String text) throws Exception {
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (true) {
        try {
          if (client == null || !client.isConnected()) {
            client = client(node, clientId);
          }
          client.publish(topic, text, 1, false);
          return;
        } catch (MqttException refused) {
          assertTrue(System.nanoTime() < deadline, text + " still not acknowledged: " + refused);
          Thread.sleep(500);
        }
      }
    }

    @Override
    public void close() throws MqttException {
      if (client != null) {
        client.close();
      }
    }
  }

  @Test
  @Order(9)
  void aFrozenNodeIsDroppedAndServesAgainOnceItThawsAndTheHalvesMerge() throws Exception {
    ClusterDomain frozen = cluster.node(1);
    try (PahoClient subscriber = client(1, "thaw-sub");
        PahoClient publisher = client(0, "thaw-pub")) {
      subscriber.subscribe("thaw/#", 1);
      RouteProbes.awaitRoute(publisher, subscriber, "thaw/probe");
      frozen.freeze(); // SIGSTOP: its connections stay open, it answers nothing
      try {
        // node1 is taken for dead after mqttee.cluster.suspect-seconds (10 s) of silence
        awaitSysValue(0, "$SYS/broker/cluster/nodes", "1");
      } finally {
        frozen.thaw();
      }
      // after SIGCONT the two halves merge again: routes and forwarding come back
      awaitSysValue(0, "$SYS/broker/cluster/nodes", "2");
      RouteProbes.awaitRoute(publisher, subscriber, "thaw/probe", Duration.ofSeconds(90));
      publisher.publish("thaw/after", "after the thaw", 1, false);
      assertEquals("after the thaw", RouteProbes.nextSkippingProbes(subscriber, 1).get(0).text());
    }
  }
}
