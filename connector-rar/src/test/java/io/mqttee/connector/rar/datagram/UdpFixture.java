// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.datagram;

import io.mqttee.connector.api.DatagramInboundListener;
import io.mqttee.connector.rar.transport.ListenerRegistry;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The MQTT-SN listener on a free loopback port, its lanes' endpoints recording, reachable as the
 * adapter's registries reach it; broadcasts go to loopback's broadcast address.
 */
final class UdpFixture implements AutoCloseable {

  static final String NAME = "mqtt-sn";

  final BlockingQueue<RecordingDatagramLane.Delivery> deliveries = new LinkedBlockingQueue<>();
  final List<RecordingDatagramLane> endpoints = new ArrayList<>();
  final DatagramListeners datagrams = new DatagramListeners();
  final ListenerRegistry registry = new ListenerRegistry();
  final DatagramLanes lanes;
  final UdpListener listener;

  UdpFixture(int laneCount) throws IOException {
    for (int i = 0; i < laneCount; i++) {
      endpoints.add(new RecordingDatagramLane(deliveries, i));
    }
    lanes =
        new DatagramLanes(
            NAME,
            task -> new Thread(task, "lane").start(),
            List.<DatagramInboundListener>copyOf(endpoints));
    DatagramAddress address = new DatagramAddress("127.0.0.1", freePort(), "127.255.255.255");
    listener =
        new UdpListener(
            new DatagramSettings(DatagramKind.MQTT_SN, address, 65_535), lanes, datagrams.meter());
    datagrams.activate(listener);
    registry.add(listener);
    listener.start();
  }

  InetSocketAddress address() {
    return listener.boundAddress();
  }

  /** A UDP port nothing is bound to right now. */
  static int freePort() throws IOException {
    try (DatagramSocket probe = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0))) {
      return probe.getLocalPort();
    }
  }

  /** A client socket on loopback that gives up waiting after two seconds. */
  static DatagramSocket client() throws IOException {
    DatagramSocket socket = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0));
    socket.setSoTimeout(2_000);
    return socket;
  }

  @Override
  public void close() {
    registry.remove(listener);
    datagrams.deactivate(listener);
    listener.retire();
    lanes.close();
  }
}
