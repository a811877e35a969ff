// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.load;

import io.mqttee.bench.wire.PacketBytes;
import io.mqttee.bench.wire.PublishTemplate;
import io.mqttee.protocol.codec.MqttDecoder;
import io.mqttee.protocol.packet.ConnAck;
import io.mqttee.protocol.packet.Connect;
import io.mqttee.protocol.packet.Disconnect;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.PubAck;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.QoS;
import io.mqttee.protocol.packet.SubAck;
import io.mqttee.protocol.packet.Subscribe;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A minimal MQTT broker on loopback for tests of a whole run: one thread per connection, every
 * PUBLISH acknowledged and forwarded to every subscriber, except that it drops the messages whose
 * sequence number ends in 7 (modulo 50) and delivers those ending in 3 twice, without the DUP flag.
 * Records each CONNECT (client id, Clean Session / Clean Start, Session Expiry Interval) and each
 * DISCONNECT.
 */
final class FakeBroker implements AutoCloseable {

  private static final int SESSION_EXPIRY_INTERVAL = 0x11;

  private final ServerSocket server;
  private final List<String> events = new CopyOnWriteArrayList<>();
  private final List<Peer> subscribers = new CopyOnWriteArrayList<>();
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong duplicated = new AtomicLong();

  /** One client connection; writes may come from other connections' threads. */
  private static final class Peer {
    private final OutputStream out;
    private ProtocolVersion version = ProtocolVersion.MQTT_3_1_1;
    private int nextPacketId = 1;

    Peer(OutputStream out) {
      this.out = out;
    }

    synchronized void send(MqttPacket packet) throws IOException {
      out.write(PacketBytes.encode(packet, version));
    }

    synchronized void deliver(Publish publish) throws IOException {
      send(publish.forDelivery(QoS.AT_LEAST_ONCE, nextPacketId, false));
      nextPacketId = nextPacketId == 0xFFFF ? 1 : nextPacketId + 1;
    }
  }

  FakeBroker() throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "fake-broker");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return server.getLocalPort();
  }

  /** "CONNECT id clean=B expiry=N" and "DISCONNECT id", in the order the broker handled them. */
  List<String> events() {
    return new ArrayList<>(events);
  }

  long dropped() {
    return dropped.get();
  }

  long duplicated() {
    return duplicated.get();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        sockets.add(socket);
        Thread t = new Thread(() -> serve(socket), "fake-broker-connection");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket socket) {
    Peer peer = null;
    try (socket) {
      peer = new Peer(socket.getOutputStream());
      InputStream in = socket.getInputStream();
      MqttDecoder decoder = new MqttDecoder(1 << 20);
      ByteBuffer received = ByteBuffer.allocate(1 << 20);
      String clientId = "?";
      while (true) {
        int n = in.read(received.array(), received.position(), received.remaining());
        if (n < 0) {
          return;
        }
        received.position(received.position() + n).flip();
        MqttPacket packet;
        while ((packet = decoder.decode(received)) != null) {
          if (packet instanceof Connect connect) {
            clientId = connect.clientId();
            onConnect(peer, connect);
          } else if (packet instanceof Disconnect) {
            events.add("DISCONNECT " + clientId);
            return;
          } else {
            onPacket(peer, packet);
          }
        }
        if (decoder.failure() != null) {
          throw new IOException(String.valueOf(decoder.failure()));
        }
        received.compact();
      }
    } catch (IOException e) {
      // the test's assertions tell what went wrong
    } finally {
      subscribers.remove(peer);
    }
  }

  private void onConnect(Peer peer, Connect connect) throws IOException {
    peer.version = connect.version();
    events.add(
        "CONNECT "
            + connect.clientId()
            + " clean="
            + connect.cleanStart()
            + " expiry="
            + connect.properties().intValue(SESSION_EXPIRY_INTERVAL, 0));
    peer.send(new ConnAck(false, 0, MqttProperties.EMPTY));
  }

  private void onPacket(Peer peer, MqttPacket packet) throws IOException {
    if (packet instanceof Subscribe subscribe) {
      subscribers.add(peer);
      peer.send(
          new SubAck(
              subscribe.packetId(),
              List.of(subscribe.subscriptions().get(0).maxQos().value()),
              MqttProperties.EMPTY));
    } else if (packet instanceof Publish publish) {
      if (publish.qos() != QoS.AT_MOST_ONCE) {
        peer.send(new PubAck(publish.packetId()));
      }
      int sequence =
          PublishTemplate.sequenceOf(
              ByteBuffer.wrap(publish.payload()).getLong(PublishTemplate.TIMESTAMP_BYTES));
      if (sequence % 50 == 7) {
        dropped.addAndGet(subscribers.size());
        return;
      }
      for (Peer subscriber : subscribers) {
        deliver(subscriber, publish, sequence % 50 == 3 ? 2 : 1);
      }
    }
    // PUBACKs of the subscribers need nothing
  }

  /** A subscriber that went away gets nothing; the publisher's connection goes on. */
  private void deliver(Peer subscriber, Publish publish, int times) {
    try {
      for (int i = 0; i < times; i++) {
        subscriber.deliver(publish);
      }
      duplicated.addAndGet(times - 1);
    } catch (IOException e) {
      subscribers.remove(subscriber);
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket s : sockets) {
      s.close();
    }
  }
}
