// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.mqttsn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.broker.connection.ClientWriter;
import io.mqttee.broker.gateway.GatewayEntry;
import io.mqttee.connector.api.ConnectionId;
import io.mqttee.connector.api.DatagramSender;
import io.mqttee.gateway.mqttsn.client.ClientSettings;
import io.mqttee.gateway.mqttsn.client.PredefinedTopics;
import io.mqttee.protocol.mqttsn.Bytes;
import io.mqttee.protocol.mqttsn.ReturnCodes;
import io.mqttee.protocol.mqttsn.SnQoS;
import io.mqttee.protocol.mqttsn.SnTopic;
import io.mqttee.protocol.mqttsn.codec.SnDecoded;
import io.mqttee.protocol.mqttsn.codec.SnDecoder;
import io.mqttee.protocol.mqttsn.codec.SnEncoder;
import io.mqttee.protocol.mqttsn.message.SnAdvertise;
import io.mqttee.protocol.mqttsn.message.SnConnAck;
import io.mqttee.protocol.mqttsn.message.SnConnect;
import io.mqttee.protocol.mqttsn.message.SnGwInfo;
import io.mqttee.protocol.mqttsn.message.SnMessage;
import io.mqttee.protocol.mqttsn.message.SnPublish;
import io.mqttee.protocol.mqttsn.message.SnSearchGw;
import io.mqttee.protocol.packet.ConnAck;
import io.mqttee.protocol.packet.Connect;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.ReasonCodes;
import io.mqttee.protocol.packet.Will;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Datagrams in, broker calls and datagrams out, without a server or a socket. */
@Tag("unit")
class MqttSnDispatcherTest {

  private static final InetSocketAddress DEVICE = new InetSocketAddress("10.0.0.7", 50_000);
  private static final InetSocketAddress OTHER = new InetSocketAddress("10.0.0.8", 50_000);

  /** The broker's entry, recording. */
  static final class RecordingEntry extends GatewayEntry {
    final List<String> calls = new ArrayList<>();
    final List<MqttPacket> received = new ArrayList<>();
    final List<Publish> withoutSession = new ArrayList<>();
    ClientWriter writer;

    @Override
    public void open(ConnectionId id, String transport, InetSocketAddress peer, ClientWriter w) {
      calls.add("open " + transport);
      writer = w;
    }

    @Override
    public void receive(ConnectionId id, List<MqttPacket> packets) {
      received.addAll(packets);
    }

    @Override
    public void close(ConnectionId id) {
      calls.add("close");
    }

    @Override
    public boolean replaceWill(ConnectionId id, Will will) {
      return true;
    }

    @Override
    public boolean publishWithoutSession(String username, InetSocketAddress peer, Publish p) {
      withoutSession.add(p);
      return true;
    }
  }

  /** The adapter's datagram side: records datagrams, runs lane tasks at once. */
  static final class RecordingSender implements DatagramSender {
    final List<SnMessage> sent = new ArrayList<>();
    final List<SnMessage> broadcast = new ArrayList<>();
    final List<Integer> broadcastPorts = new ArrayList<>();

    @Override
    public void send(String listener, InetSocketAddress to, byte[] datagram) {
      sent.add(((SnDecoded) SnDecoder.decode(datagram)).message());
    }

    @Override
    public void broadcast(String listener, int port, byte[] datagram) {
      broadcastPorts.add(port);
      broadcast.add(((SnDecoded) SnDecoder.decode(datagram)).message());
    }

    @Override
    public boolean runOnLane(String listener, InetSocketAddress peer, Runnable task) {
      task.run();
      return true;
    }
  }

  private final RecordingEntry entry = new RecordingEntry();
  private final RecordingSender sender = new RecordingSender();
  private final MqttSnDispatcher gateway =
      new MqttSnDispatcher(
          new MqttSnSettings(
              1884,
              7,
              900,
              new ClientSettings(
                  PredefinedTopics.parse(PredefinedTopics.EMQX_EXAMPLE),
                  null,
                  null,
                  10_000,
                  3,
                  10)),
          entry,
          sender,
          () -> 1_000L);

  private void receive(InetSocketAddress peer, byte[]... datagrams) {
    gateway.onDatagrams(peer, List.of(datagrams));
  }

  @Test
  void answersSearchGwWithItsGatewayId() {
    receive(DEVICE, SnEncoder.encode(new SnSearchGw(0)));
    assertEquals(List.of(new SnGwInfo(7, Bytes.EMPTY)), sender.sent);
  }

  @Test
  void advertisesItsIdAndPeriodToTheAdvertisePort() {
    gateway.advertise();
    assertEquals(List.of(new SnAdvertise(7, 900)), sender.broadcast);
    assertEquals(List.of(1884), sender.broadcastPorts);
  }

  @Test
  void connectsThroughTheBrokerEntryAndHopsBackForItsAnswers() {
    receive(DEVICE, SnEncoder.encode(new SnConnect(false, true, 60, "device-1")));
    assertEquals(List.of("open udp"), entry.calls);
    assertInstanceOf(Connect.class, entry.received.get(0));
    ConnectionId id = gateway.clients().get(DEVICE).connection();
    entry.writer.send(id, new ConnAck(false, ReasonCodes.SUCCESS, MqttProperties.EMPTY));
    assertEquals(List.of(new SnConnAck(ReturnCodes.ACCEPTED)), sender.sent);
    assertEquals(1, gateway.clients().size());
  }

  @Test
  void dropsAndCountsMalformedDatagramsAndKeepsGoing() {
    receive(DEVICE, SnEncoder.encode(new SnConnect(false, true, 60, "device-1")));
    receive(
        OTHER,
        new byte[] {4, (byte) 0xFF, 0, 0},
        new byte[] {1},
        new byte[] {9, 0x0C, 0},
        SnEncoder.encode(new SnSearchGw(0)));
    assertEquals(3, gateway.counters().droppedCount());
    assertEquals(5, gateway.counters().receivedCount());
    assertEquals(List.of(new SnGwInfo(7, Bytes.EMPTY)), sender.sent, "the next one is answered");
    assertEquals(1, gateway.clients().size());
  }

  @Test
  void refusesAForeignProtocolId() {
    byte[] connect = SnEncoder.encode(new SnConnect(false, true, 60, "device-1"));
    connect[3] = 0x02; // ProtocolId
    receive(DEVICE, connect);
    assertEquals(List.of(new SnConnAck(ReturnCodes.REJECTED_NOT_SUPPORTED)), sender.sent);
  }

  @Test
  void dropsMessagesFromAnAddressThatHasNotConnected() {
    SnPublish publish =
        new SnPublish(false, SnQoS.AT_LEAST_ONCE, false, new SnTopic.Registered(1), 1, Bytes.EMPTY);
    receive(DEVICE, SnEncoder.encode(publish));
    assertEquals(1, gateway.counters().droppedCount());
    assertTrue(gateway.clients().isEmpty());
  }

  @Test
  void publishesQosMinusOneWithoutASession() {
    // MQTT-SN 1.2 section 6.8
    SnPublish predefined =
        new SnPublish(false, SnQoS.MINUS_ONE, false, new SnTopic.Predefined(1), 0, Bytes.utf8("x"));
    SnPublish registered =
        new SnPublish(false, SnQoS.MINUS_ONE, false, new SnTopic.Registered(1), 0, Bytes.utf8("x"));
    receive(DEVICE, SnEncoder.encode(predefined), SnEncoder.encode(registered));
    assertEquals(1, entry.withoutSession.size());
    assertEquals("/predefined/topic/name/hello", entry.withoutSession.get(0).topic());
    assertEquals(1, gateway.counters().droppedCount(), "a registered id means nothing here");
    assertTrue(gateway.clients().isEmpty());
  }

  @Test
  void reportsItsCountersForSys() {
    receive(DEVICE, SnEncoder.encode(new SnSearchGw(0)));
    assertEquals(
        "1", gateway.counters().sysValues(() -> 0).get("$SYS/broker/mqtt-sn/datagrams/sent"));
  }
}
