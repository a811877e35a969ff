// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.mqttsn;

import io.mqttee.broker.gateway.GatewayEntry;
import io.mqttee.connector.api.ConnectionId;
import io.mqttee.connector.api.DatagramSender;
import io.mqttee.gateway.mqttsn.client.Actions;
import io.mqttee.gateway.mqttsn.client.SnClient;
import io.mqttee.protocol.mqttsn.Bytes;
import io.mqttee.protocol.mqttsn.ReturnCodes;
import io.mqttee.protocol.mqttsn.SnMessageType;
import io.mqttee.protocol.mqttsn.SnQoS;
import io.mqttee.protocol.mqttsn.codec.SnDecodeFailure;
import io.mqttee.protocol.mqttsn.codec.SnDecodeResult;
import io.mqttee.protocol.mqttsn.codec.SnDecoded;
import io.mqttee.protocol.mqttsn.codec.SnDecoder;
import io.mqttee.protocol.mqttsn.codec.SnEncoder;
import io.mqttee.protocol.mqttsn.message.SnAdvertise;
import io.mqttee.protocol.mqttsn.message.SnConnAck;
import io.mqttee.protocol.mqttsn.message.SnGwInfo;
import io.mqttee.protocol.mqttsn.message.SnMessage;
import io.mqttee.protocol.mqttsn.message.SnPublish;
import io.mqttee.protocol.packet.MqttPacket;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Decodes each datagram, answers discovery and connectionless publishes, and gives every other
 * message to the peer's {@link SnClient}; then carries out the actions it returns. Every method
 * that touches a client runs on the peer's lane: datagrams arrive there, and broker packets and
 * ticks are moved there with {@link DatagramSender#runOnLane}.
 */
public final class MqttSnDispatcher {
  static final String LISTENER = "mqtt-sn";

  private static final Logger LOG = System.getLogger(MqttSnDispatcher.class.getName());

  private final MqttSnSettings settings;
  private final GatewayEntry broker;
  private final DatagramSender sender;
  private final LongSupplier clock;
  private final GatewayCounters counters = new GatewayCounters();
  private final Map<InetSocketAddress, SnClient> clients = new ConcurrentHashMap<>();
  private final ActionRunner runner;

  public MqttSnDispatcher(
      MqttSnSettings settings, GatewayEntry broker, DatagramSender sender, LongSupplier clock) {
    this.settings = settings;
    this.broker = broker;
    this.sender = sender;
    this.clock = clock;
    this.runner = new ActionRunner(this, broker, counters);
  }

  public GatewayCounters counters() {
    return counters;
  }

  /** The clients the gateway holds now, by address. */
  public Map<InetSocketAddress, SnClient> clients() {
    return clients;
  }

  /** One peer's datagrams, in order; on the peer's lane. */
  public void onDatagrams(InetSocketAddress peer, List<byte[]> datagrams) {
    for (byte[] datagram : datagrams) {
      counters.received();
      try {
        datagram(peer, datagram);
      } catch (RuntimeException e) {
        // one client's datagram never stops the gateway or touches the others
        counters.dropped();
        LOG.log(Level.WARNING, "mqtt-sn: datagram from " + peer + " failed", e);
      }
    }
  }

  private void datagram(InetSocketAddress peer, byte[] datagram) {
    SnDecodeResult result = SnDecoder.decode(datagram);
    if (result instanceof SnDecodeFailure failure) {
      malformed(peer, failure);
      return;
    }
    SnMessage message = ((SnDecoded) result).message();
    SnClient client = clients.get(peer);
    switch (message.type()) {
      case SEARCHGW -> send(peer, new SnGwInfo(settings.gatewayId(), Bytes.EMPTY)); // 6.1
      case ADVERTISE, GWINFO -> {} // other gateways and clients answering for them
      case PUBLISH -> {
        SnPublish publish = (SnPublish) message;
        if (publish.qos() == SnQoS.MINUS_ONE && (client == null || client.connection() == null)) {
          Connectionless.publish(settings, broker, peer, publish, this::drop);
        } else {
          toClient(peer, client, message);
        }
      }
      default -> toClient(peer, client, message);
    }
  }

  private void toClient(InetSocketAddress peer, SnClient known, SnMessage message) {
    SnClient client = known;
    if (client == null) {
      if (message.type() != SnMessageType.CONNECT) {
        drop(peer, message.type() + " from an address that has not connected");
        return;
      }
      client = new SnClient(settings.clients());
      clients.put(peer, client);
    }
    runner.run(peer, client, client.handle(message, clock.getAsLong()));
  }

  /** MQTT-SN 1.2 section 5.2: malformed datagrams are dropped; a foreign ProtocolId is refused. */
  private void malformed(InetSocketAddress peer, SnDecodeFailure failure) {
    drop(peer, failure.reason() + " [" + failure.citation() + "]");
    if (failure.kind() == SnDecodeFailure.Kind.UNSUPPORTED_PROTOCOL_ID) {
      send(peer, new SnConnAck(ReturnCodes.REJECTED_NOT_SUPPORTED));
    }
  }

  void drop(InetSocketAddress peer, String reason) {
    counters.dropped();
    LOG.log(Level.DEBUG, "mqtt-sn: dropped a datagram from {0}: {1}", peer, reason);
  }

  void send(InetSocketAddress peer, SnMessage message) {
    sender.send(LISTENER, peer, SnEncoder.encode(message));
    counters.sent();
  }

  /** A packet the broker sent to {@code connection}; on any broker thread. */
  void fromBroker(InetSocketAddress peer, ConnectionId connection, MqttPacket packet) {
    onLane(
        peer,
        connection,
        client -> client.fromBroker(connection, packet, clock.getAsLong()),
        () -> {}); // for a connection the client already ended
  }

  /** The broker closed {@code connection}; on any broker thread. */
  void closedByBroker(InetSocketAddress peer, ConnectionId connection, String reason) {
    // a connection the client already ended was reported closed then: again is harmless
    onLane(
        peer,
        connection,
        client -> client.closedByBroker(connection, reason),
        () -> broker.close(connection));
  }

  private void onLane(
      InetSocketAddress peer,
      ConnectionId connection,
      Function<SnClient, Actions> step,
      Runnable stale) {
    boolean queued =
        sender.runOnLane(
            LISTENER,
            peer,
            () -> {
              SnClient client = clients.get(peer);
              if (client != null && connection.equals(client.connection())) {
                runner.run(peer, client, step.apply(client));
              } else {
                stale.run();
              }
            });
    if (!queued) {
      stale.run(); // the listener is gone
    }
  }

  /** Keep alive, sleep and retransmission of every client, each on its lane. */
  public void tick() {
    for (Map.Entry<InetSocketAddress, SnClient> entry : clients.entrySet()) {
      InetSocketAddress peer = entry.getKey();
      SnClient client = entry.getValue();
      sender.runOnLane(
          LISTENER, peer, () -> runner.run(peer, client, client.tick(clock.getAsLong())));
    }
  }

  /** MQTT-SN 1.2 section 6.1: ADVERTISE to everyone on the network, every advertise period. */
  public void advertise() {
    SnAdvertise advertise = new SnAdvertise(settings.gatewayId(), settings.advertiseSeconds());
    sender.broadcast(LISTENER, settings.advertisePort(), SnEncoder.encode(advertise));
    counters.sent();
  }

  /** The client forgot itself; its address is free for another. */
  void forget(InetSocketAddress peer, SnClient client) {
    clients.remove(peer, client);
  }
}
