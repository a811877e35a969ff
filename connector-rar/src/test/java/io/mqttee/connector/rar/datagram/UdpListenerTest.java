// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.datagram;

import static io.mqttee.connector.rar.datagram.RecordingDatagramLane.next;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.connector.api.TrafficCounters;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class UdpListenerTest {

  private UdpFixture udp;

  @BeforeEach
  void start() throws IOException {
    udp = new UdpFixture(4);
  }

  @AfterEach
  void stop() {
    udp.close();
  }

  @Test
  void datagramsOfOnePeerArriveInOrderOnItsLane() throws Exception {
    try (DatagramSocket client = UdpFixture.client()) {
      InetSocketAddress peer = (InetSocketAddress) client.getLocalSocketAddress();
      for (int i = 0; i < 100; i++) {
        send(client, "d" + i);
      }

      List<String> received = new ArrayList<>();
      Thread thread = null;
      while (received.size() < 100) {
        RecordingDatagramLane.Delivery delivery = next(udp.deliveries);
        assertEquals(UdpFixture.NAME, delivery.listener());
        assertEquals(peer, delivery.peer());
        assertEquals(Math.floorMod(peer.hashCode(), 4), delivery.lane());
        if (thread == null) {
          thread = delivery.thread();
        }
        assertSame(thread, delivery.thread());
        delivery.datagrams().forEach(d -> received.add(new String(d, US_ASCII)));
      }
      for (int i = 0; i < 100; i++) {
        assertEquals("d" + i, received.get(i));
      }
    }
  }

  @Test
  void eachOfTwoPeersIsDeliveredOnItsOwnLane() throws Exception {
    try (DatagramSocket first = UdpFixture.client();
        DatagramSocket second = UdpFixture.client()) {
      Map<InetSocketAddress, List<String>> byPeer = new HashMap<>();
      for (int i = 0; i < 10; i++) {
        send(first, "a" + i);
        send(second, "b" + i);
      }
      for (int count = 0; count < 20; ) {
        RecordingDatagramLane.Delivery delivery = next(udp.deliveries);
        assertEquals(udp.lanes.laneOf(delivery.peer()), delivery.lane());
        List<String> texts = byPeer.computeIfAbsent(delivery.peer(), p -> new ArrayList<>());
        delivery.datagrams().forEach(d -> texts.add(new String(d, US_ASCII)));
        count += delivery.datagrams().size();
      }
      assertEquals(numbered("a"), byPeer.get(first.getLocalSocketAddress()));
      assertEquals(numbered("b"), byPeer.get(second.getLocalSocketAddress()));
    }
  }

  @Test
  void sendReachesThePeerFromTheListenersPortAndIsCounted() throws Exception {
    try (DatagramSocket client = UdpFixture.client()) {
      InetSocketAddress peer = (InetSocketAddress) client.getLocalSocketAddress();
      send(client, "in");
      next(udp.deliveries);

      udp.datagrams.send(UdpFixture.NAME, peer, "out".getBytes(US_ASCII));

      DatagramPacket reply = receive(client);
      assertEquals("out", new String(reply.getData(), 0, reply.getLength(), US_ASCII));
      assertEquals(udp.address(), reply.getSocketAddress());
      assertEquals(new TrafficCounters(2, 3, 1, 1), udp.datagrams.traffic());
    }
  }

  @Test
  void broadcastReachesASocketOnTheBroadcastAddress() throws Exception {
    try (DatagramSocket receiver = new DatagramSocket(new InetSocketAddress("0.0.0.0", 0))) {
      receiver.setSoTimeout(2_000);

      udp.datagrams.broadcast(
          UdpFixture.NAME, receiver.getLocalPort(), "ADVERTISE".getBytes(US_ASCII));

      DatagramPacket advertise = receive(receiver);
      assertEquals(
          "ADVERTISE", new String(advertise.getData(), 0, advertise.getLength(), US_ASCII));
      assertEquals(udp.address().getPort(), advertise.getPort());
    }
  }

  @Test
  void aTaskForAPeerRunsOnTheThreadThatDeliversItsDatagrams() throws Exception {
    try (DatagramSocket client = UdpFixture.client()) {
      InetSocketAddress peer = (InetSocketAddress) client.getLocalSocketAddress();
      send(client, "hello");
      Thread lane = next(udp.deliveries).thread();

      CompletableFuture<Thread> ran = new CompletableFuture<>();
      assertTrue(
          udp.datagrams.runOnLane(
              UdpFixture.NAME, peer, () -> ran.complete(Thread.currentThread())));

      assertSame(lane, ran.get(5, TimeUnit.SECONDS));
    }
  }

  @Test
  void aTaskIsRefusedForAnUnknownListenerAndOnceTheLanesStopped() {
    InetSocketAddress peer = new InetSocketAddress("127.0.0.1", 9);
    assertFalse(udp.datagrams.runOnLane("lwm2m", peer, () -> {}));
    udp.lanes.close();
    assertFalse(udp.lanes.runOnLane(peer, () -> {}));
  }

  @Test
  void anEndpointThatThrowsDoesNotStopTheListener() throws Exception {
    try (DatagramSocket client = UdpFixture.client()) {
      InetSocketAddress peer = (InetSocketAddress) client.getLocalSocketAddress();
      RecordingDatagramLane lane = udp.endpoints.get(udp.lanes.laneOf(peer));
      lane.failure = new IllegalStateException("the gateway failed");
      send(client, "first");
      next(udp.deliveries);
      send(client, "second");
      next(udp.deliveries);
      lane.failure = null;

      send(client, "third");

      assertEquals("third", new String(next(udp.deliveries).datagrams().get(0), US_ASCII));
      assertEquals(2, udp.lanes.failures());
      assertTrue(udp.listener.state().running());
    }
  }

  @Test
  void aDatagramUpToTheUdpLimitArrivesWhole() throws Exception {
    byte[] large = new byte[65_507];
    large[large.length - 1] = 42;
    try (DatagramSocket client = UdpFixture.client()) {
      client.send(new DatagramPacket(large, large.length, udp.address()));

      assertArrayEquals(large, next(udp.deliveries).datagrams().get(0));
    }
  }

  @Test
  void sendsToAStoppedListenerAreDropped() throws Exception {
    try (DatagramSocket client = UdpFixture.client()) {
      udp.listener.stop();

      udp.datagrams.send(
          UdpFixture.NAME,
          (InetSocketAddress) client.getLocalSocketAddress(),
          "lost".getBytes(US_ASCII));

      client.setSoTimeout(300);
      assertNull(receiveOrNull(client));
      assertEquals(0, udp.datagrams.traffic().packetsSent());
    }
  }

  private static List<String> numbered(String prefix) {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      texts.add(prefix + i);
    }
    return texts;
  }

  private void send(DatagramSocket client, String text) throws IOException {
    byte[] bytes = text.getBytes(US_ASCII);
    client.send(new DatagramPacket(bytes, bytes.length, udp.address()));
  }

  private static DatagramPacket receive(DatagramSocket socket) throws IOException {
    DatagramPacket packet = new DatagramPacket(new byte[65_535], 65_535);
    socket.receive(packet);
    return packet;
  }

  private static DatagramPacket receiveOrNull(DatagramSocket socket) throws IOException {
    try {
      return receive(socket);
    } catch (SocketTimeoutException e) {
      return null;
    }
  }
}
