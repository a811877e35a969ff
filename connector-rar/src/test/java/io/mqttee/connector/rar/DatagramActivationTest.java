// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.connector.api.ListenerState;
import io.mqttee.connector.api.OutboundConnection;
import io.mqttee.connector.api.OutboundConnectionFactory;
import io.mqttee.connector.rar.inbound.DatagramActivationSpec;
import io.mqttee.connector.rar.inbound.MqttActivationSpec;
import io.mqttee.connector.rar.outbound.MqttManagedConnectionFactory;
import jakarta.resource.NotSupportedException;
import jakarta.resource.spi.InvalidPropertyException;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class DatagramActivationTest {

  private final FakeBootstrapContext bootstrap = new FakeBootstrapContext();
  private final MqttResourceAdapter adapter = new MqttResourceAdapter();
  private final DatagramEndpointFactory gateway = new DatagramEndpointFactory();
  private final DatagramActivationSpec spec = new DatagramActivationSpec();
  private int udpPort;
  private OutboundConnection handle;

  @BeforeEach
  void start() throws Exception {
    try (DatagramSocket probe = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0))) {
      udpPort = probe.getLocalPort();
    }
    int tcpPort;
    try (ServerSocket probe = new ServerSocket(0)) {
      tcpPort = probe.getLocalPort();
    }
    System.setProperty(AdapterSettings.HOST, "127.0.0.1");
    System.setProperty(AdapterSettings.PORT, String.valueOf(tcpPort));
    System.setProperty(AdapterSettings.TLS_PORT, "-1");
    System.setProperty(AdapterSettings.WS_PORT, "-1");
    System.setProperty(AdapterSettings.WSS_PORT, "-1");
    System.setProperty(AdapterSettings.MQTTSN_BIND, "127.0.0.1");
    System.setProperty(AdapterSettings.MQTTSN_PORT, String.valueOf(udpPort));
    adapter.setLanes(3);
    adapter.start(bootstrap);
    MqttManagedConnectionFactory managed = new MqttManagedConnectionFactory();
    managed.setResourceAdapter(adapter);
    handle = ((OutboundConnectionFactory) managed.createConnectionFactory()).getConnection();
  }

  @AfterEach
  void stop() {
    handle.close();
    adapter.stop();
    for (String property :
        List.of(
            AdapterSettings.HOST,
            AdapterSettings.PORT,
            AdapterSettings.TLS_PORT,
            AdapterSettings.WS_PORT,
            AdapterSettings.WSS_PORT,
            AdapterSettings.MQTTSN_BIND,
            AdapterSettings.MQTTSN_PORT)) {
      System.clearProperty(property);
    }
  }

  @Test
  void aGatewaysBeanGetsOneEndpointPerLaneAndTheDatagramsOfItsListener() throws Exception {
    adapter.endpointActivation(gateway, spec);

    try (DatagramSocket device = device()) {
      awaitListening(device);
      assertEquals(3, gateway.created.size());
      ListenerState state = handle.listeners().listener("mqtt-sn");
      assertEquals("mqtt-sn-udp", state.type());
      assertEquals(udpPort, state.port());

      handle
          .datagrams()
          .send("mqtt-sn", (InetSocketAddress) device.getLocalSocketAddress(), bytes("reply"));
      assertEquals("reply", receive(device));
      assertTrue(handle.traffic().packetsSent() >= 1);

      adapter.endpointDeactivation(gateway, spec);
      assertTrue(gateway.allReleased());
      assertEquals(List.of(), handle.listeners().listeners());
      assertFalse(handle.datagrams().runOnLane("mqtt-sn", peer(device), () -> {}));
    }
  }

  @Test
  void runsAlongsideTheMqttBeanAndIsRefusedTwice() throws Exception {
    LaneEndpointFactory broker = new LaneEndpointFactory(3);
    adapter.endpointActivation(broker, new MqttActivationSpec());
    adapter.endpointActivation(gateway, spec);

    assertThrows(
        NotSupportedException.class,
        () ->
            adapter.endpointActivation(
                new DatagramEndpointFactory(), new DatagramActivationSpec()));
    assertThrows(
        NotSupportedException.class,
        () -> adapter.endpointActivation(new LaneEndpointFactory(3), new MqttActivationSpec()));
    try (DatagramSocket device = device()) {
      awaitListening(device);
    }
    awaitListed("tcp", "tls", "ws", "wss", "mqtt-sn");

    adapter.endpointDeactivation(broker, new MqttActivationSpec());
    assertEquals(
        List.of("mqtt-sn"), handle.listeners().listeners().stream().map(l -> l.name()).toList());
  }

  @Test
  void aPortOfZeroListsTheListenerStoppedOnItsStandardPort() throws Exception {
    System.setProperty(AdapterSettings.MQTTSN_PORT, "0");
    adapter.endpointActivation(gateway, spec);

    awaitListed("mqtt-sn");
    ListenerState state = handle.listeners().listener("mqtt-sn");
    assertFalse(state.running());
    assertEquals(1884, state.port());
  }

  @Test
  void refusesAListenerItDoesNotHave() {
    spec.setListener("lwm2m");
    assertThrows(InvalidPropertyException.class, () -> adapter.endpointActivation(gateway, spec));
  }

  /** Sends probes until the gateway's endpoint gets one through a WorkManager lane. */
  private void awaitListening(DatagramSocket device) throws Exception {
    for (int i = 0; i < 100; i++) {
      device.send(
          new DatagramPacket(bytes("probe"), 5, new InetSocketAddress("127.0.0.1", udpPort)));
      String call = gateway.calls.poll(100, TimeUnit.MILLISECONDS);
      if (call != null) {
        assertEquals("mqtt-sn probe on work", call);
        while (gateway.calls.poll(100, TimeUnit.MILLISECONDS) != null) {
          // later probes
        }
        return;
      }
    }
    throw new AssertionError("nothing listens on UDP port " + udpPort);
  }

  private void awaitListed(String... names) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      if (handle.listeners().listeners().stream()
          .map(l -> l.name())
          .toList()
          .equals(List.of(names))) {
        return;
      }
      Thread.sleep(50);
    }
    assertEquals(
        List.of(names), handle.listeners().listeners().stream().map(l -> l.name()).toList());
  }

  private static DatagramSocket device() throws IOException {
    DatagramSocket device = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0));
    device.setSoTimeout(2_000);
    return device;
  }

  private static InetSocketAddress peer(DatagramSocket device) {
    return (InetSocketAddress) device.getLocalSocketAddress();
  }

  private static String receive(DatagramSocket device) throws IOException {
    DatagramPacket packet = new DatagramPacket(new byte[1024], 1024);
    device.receive(packet);
    return new String(packet.getData(), 0, packet.getLength(), US_ASCII);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(US_ASCII);
  }
}
