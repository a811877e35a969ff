// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.connector.api.ListenerControl;
import io.mqttee.connector.api.OutboundConnection;
import io.mqttee.connector.api.OutboundConnectionFactory;
import io.mqttee.connector.rar.inbound.MqttActivationSpec;
import io.mqttee.connector.rar.outbound.MqttManagedConnectionFactory;
import jakarta.resource.NotSupportedException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class MqttResourceAdapterTest {

  /** CONNECT, MQTT 3.1.1, clean session, keep alive 60, client id "c". */
  private static final byte[] CONNECT = {
    0x10, 13, 0, 4, 'M', 'Q', 'T', 'T', 4, 0x02, 0, 60, 0, 1, 'c'
  };

  private final FakeBootstrapContext bootstrap = new FakeBootstrapContext();
  private final MqttResourceAdapter adapter = new MqttResourceAdapter();
  private int port;

  @BeforeEach
  void start() throws IOException {
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    System.setProperty(AdapterSettings.HOST, "127.0.0.1");
    System.setProperty(AdapterSettings.PORT, String.valueOf(port));
    System.setProperty(AdapterSettings.TLS_PORT, "-1");
    System.setProperty(AdapterSettings.WS_PORT, "-1");
    System.setProperty(AdapterSettings.WSS_PORT, "-1");
    adapter.setLanes(3);
    adapter.start(bootstrap);
  }

  @AfterEach
  void stop() {
    adapter.stop();
    System.clearProperty(AdapterSettings.HOST);
    System.clearProperty(AdapterSettings.PORT);
    System.clearProperty(AdapterSettings.TLS_PORT);
    System.clearProperty(AdapterSettings.WS_PORT);
    System.clearProperty(AdapterSettings.WSS_PORT);
  }

  @Test
  void createsOneEndpointPerLaneThenListensAndReleasesThemOnDeactivation() throws Exception {
    LaneEndpointFactory factory = new LaneEndpointFactory(3);
    MqttActivationSpec spec = new MqttActivationSpec();
    adapter.endpointActivation(factory, spec);
    awaitListening(factory);
    assertEquals(3, factory.created.size());
    // Netty starts a loop's thread when the loop gets its first channel.
    assertTrue(bootstrap.workManager.started.get() <= 3);

    try (Socket client = new Socket("127.0.0.1", port)) {
      client.getOutputStream().write(CONNECT);
      assertEquals("open on a work thread", factory.calls.poll(5, TimeUnit.SECONDS));
      assertEquals("packets CONNECT", factory.calls.poll(5, TimeUnit.SECONDS));

      adapter.endpointDeactivation(factory, spec);
      assertEquals("closed false", factory.calls.poll(5, TimeUnit.SECONDS));
      assertTrue(factory.allReleased());
      client.setSoTimeout(5_000);
      try (InputStream in = client.getInputStream()) {
        assertEquals(-1, in.read());
      }
    }
    assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", port).close());
  }

  @Test
  void showsItsListenersToOutboundHandlesWithTheDisabledOnesStopped() throws Exception {
    LaneEndpointFactory factory = new LaneEndpointFactory(3);
    adapter.endpointActivation(factory, new MqttActivationSpec());
    awaitListening(factory);
    MqttManagedConnectionFactory managed = new MqttManagedConnectionFactory();
    managed.setResourceAdapter(adapter);
    OutboundConnectionFactory connections =
        (OutboundConnectionFactory) managed.createConnectionFactory();

    try (OutboundConnection handle = connections.getConnection()) {
      ListenerControl listeners = handle.listeners();
      assertEquals(
          List.of("tcp true", "tls false", "ws false", "wss false"),
          listeners.listeners().stream().map(l -> l.name() + " " + l.running()).toList());
      assertEquals(8883, listeners.listener("tls").port());

      adapter.endpointDeactivation(factory, new MqttActivationSpec());
      assertEquals(List.of(), listeners.listeners());
    }
  }

  @Test
  void refusesASecondActivation() throws Exception {
    adapter.endpointActivation(new LaneEndpointFactory(3), new MqttActivationSpec());
    assertThrows(
        NotSupportedException.class,
        () -> adapter.endpointActivation(new LaneEndpointFactory(3), new MqttActivationSpec()));
  }

  @Test
  void retriesWhileTheEndpointFactoryIsNotYetAvailable() throws Exception {
    LaneEndpointFactory factory = new LaneEndpointFactory(3, 1);
    adapter.endpointActivation(factory, new MqttActivationSpec());
    awaitListening(factory);
    assertEquals(3, factory.created.size());
  }

  @Test
  void releasesTheEndpointsAndDoesNotListenWhenTheBeanPoolIsSmallerThanTheLanes() throws Exception {
    LaneEndpointFactory factory = new LaneEndpointFactory(2);
    adapter.endpointActivation(factory, new MqttActivationSpec());
    for (int i = 0; i < 50 && !(factory.created.size() == 2 && factory.allReleased()); i++) {
      Thread.sleep(100);
    }
    assertEquals(2, factory.created.size());
    assertTrue(factory.allReleased());
    Thread.sleep(200);
    assertThrows(
        ConnectException.class,
        () -> new Socket().connect(new InetSocketAddress("127.0.0.1", port), 1_000));
  }

  /** Waits until a probe connection gets through, and takes its calls off the queue. */
  private void awaitListening(LaneEndpointFactory factory) throws Exception {
    for (int i = 0; i < 100; i++) {
      Socket probe = new Socket();
      try {
        probe.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
        probe.close();
        assertEquals("open on a work thread", factory.calls.poll(5, TimeUnit.SECONDS));
        assertEquals("closed false", factory.calls.poll(5, TimeUnit.SECONDS));
        return;
      } catch (IOException e) {
        probe.close();
        Thread.sleep(100);
      }
    }
    throw new AssertionError("nothing listens on port " + port);
  }
}
