// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.lwm2m;

import io.mqttee.broker.gateway.GatewayEntry;
import io.mqttee.connector.api.ConnectionId;
import io.mqttee.connector.api.Lwm2mFailure;
import io.mqttee.gateway.lwm2m.json.Command;
import io.mqttee.gateway.lwm2m.json.CommandError;
import io.mqttee.gateway.lwm2m.json.CommandParser;
import io.mqttee.gateway.lwm2m.json.ParseResult;
import io.mqttee.gateway.lwm2m.json.ResponseJson;
import io.mqttee.protocol.packet.ConnAck;
import io.mqttee.protocol.packet.Connect;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.Subscribe;
import io.mqttee.protocol.packet.TopicSubscription;
import jakarta.json.JsonObject;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/**
 * The gateway's own broker connection, subscribed to every endpoint's command topic: a command to
 * an endpoint that is not registered gets an answer (4.04) instead of silence. Commands to
 * registered devices are their connections' to answer. Its calls come on the lane of its client id.
 */
final class UnknownEndpoints implements LaneWriter.Receiver {

  static final String CLIENT_ID = "mqttee-lwm2m-gateway";

  private final GatewayEntry entry;
  private final Lwm2mGatewaySettings settings;
  private final DeviceBridge devices;
  private final Uplink uplink;
  private final Consumer<Runnable> later;
  private volatile ConnectionId connection;
  private volatile boolean stopped;
  private int packetId;

  /**
   * @param later runs a task some seconds later, to connect again after the broker closed the
   *     connection
   */
  UnknownEndpoints(
      GatewayEntry entry,
      Lwm2mGatewaySettings settings,
      DeviceBridge devices,
      Consumer<Runnable> later) {
    this.entry = entry;
    this.settings = settings;
    this.devices = devices;
    this.uplink = new Uplink(entry, settings.qos());
    this.later = later;
  }

  /** Connects once the adapter's LWM2M server runs; its activation may still be under way. */
  void open() {
    if (!stopped && !entry.lwm2m().runOnLane(CLIENT_ID, this::connect)) {
      later.accept(this::open);
    }
  }

  private void connect() {
    if (stopped) {
      return;
    }
    ConnectionId id = ConnectionId.next();
    connection = id;
    entry.open(
        id,
        "gateway",
        new InetSocketAddress("127.0.0.1", 0),
        new LaneWriter(CLIENT_ID, entry.lwm2m(), this));
    byte[] password =
        settings.password() == null ? null : settings.password().getBytes(StandardCharsets.UTF_8);
    entry.receive(
        id,
        List.of(
            new Connect(
                ProtocolVersion.MQTT_3_1_1,
                CLIENT_ID,
                true,
                0,
                settings.username(),
                password,
                null,
                MqttProperties.EMPTY)));
  }

  @Override
  public void connAck(String key, ConnectionId id, ConnAck ack) {
    if (id.equals(connection) && ack.reasonCode() == 0) {
      TopicSubscription all =
          new TopicSubscription(settings.topics().allCommands(), settings.qos());
      entry.receive(id, List.of(new Subscribe(1, List.of(all), MqttProperties.EMPTY)));
    }
  }

  @Override
  public void publish(String key, ConnectionId id, Publish publish) {
    String endpoint = settings.topics().endpointOf(publish.topic());
    if (endpoint == null || devices.isBridged(endpoint) || !id.equals(connection)) {
      return;
    }
    ParseResult parsed = CommandParser.parse(publish.payload());
    JsonObject answer =
        parsed instanceof Command command
            ? ResponseJson.failure(command, endpoint, Lwm2mFailure.NOT_REGISTERED, "not registered")
            : ResponseJson.error((CommandError) parsed);
    uplink.publish(id, this::nextPacketId, settings.topics().responses(endpoint), answer);
  }

  @Override
  public void closed(String key, ConnectionId id, String reason) {
    entry.close(id);
    if (id.equals(connection)) {
      connection = null;
      later.accept(this::open);
    }
  }

  /** Leaves the broker, for good. */
  void close() {
    stopped = true;
    ConnectionId id = connection;
    if (id != null) {
      entry.lwm2m().runOnLane(CLIENT_ID, () -> entry.close(id));
    }
  }

  private int nextPacketId() {
    packetId = packetId % 65_535 + 1;
    return packetId;
  }
}
