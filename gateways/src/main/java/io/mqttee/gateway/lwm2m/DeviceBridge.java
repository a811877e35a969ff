// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.lwm2m;

import io.mqttee.broker.gateway.GatewayEntry;
import io.mqttee.connector.api.ConnectionId;
import io.mqttee.connector.api.Lwm2mFailure;
import io.mqttee.connector.api.Lwm2mInboundListener;
import io.mqttee.connector.api.Lwm2mRegistration;
import io.mqttee.gateway.lwm2m.json.Command;
import io.mqttee.gateway.lwm2m.json.MsgType;
import io.mqttee.gateway.lwm2m.json.RegistrationJson;
import io.mqttee.gateway.lwm2m.json.ResponseJson;
import io.mqttee.protocol.packet.ConnAck;
import io.mqttee.protocol.packet.Connect;
import io.mqttee.protocol.packet.Disconnect;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.Subscribe;
import io.mqttee.protocol.packet.TopicSubscription;
import jakarta.json.JsonObject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.leshan.core.node.LwM2mPath;
import org.eclipse.leshan.core.response.LwM2mResponse;
import org.eclipse.leshan.core.response.ObserveResponse;

/**
 * Each registered device as one broker connection (client id = endpoint name, protocol "lwm2m"):
 * opened at registration, subscribed to the device's command topic once the broker accepts it, and
 * closed at de-registration or expiry. Every call for one device comes on its lane.
 */
final class DeviceBridge implements Lwm2mInboundListener, LaneWriter.Receiver {

  private static final Logger LOG = System.getLogger(DeviceBridge.class.getName());
  private static final String TRANSPORT = "lwm2m";

  private final GatewayEntry entry;
  private final Lwm2mGatewaySettings settings;
  private final Commands commands;
  private final Uplink uplink;
  private final Map<String, Device> devices = new ConcurrentHashMap<>();

  DeviceBridge(GatewayEntry entry, Lwm2mGatewaySettings settings, Commands commands) {
    this.entry = entry;
    this.settings = settings;
    this.commands = commands;
    this.uplink = new Uplink(entry, settings.qos());
  }

  /** Whether a device of that name is registered and connected to the broker. */
  boolean isBridged(String endpoint) {
    Device device = devices.get(endpoint);
    return device != null && device.isConnected();
  }

  int size() {
    return devices.size();
  }

  @Override
  public void onRegistered(Lwm2mRegistration registration) {
    String endpoint = registration.endpoint();
    end(endpoint, null);
    if (!Lwm2mTopics.isTopicLevel(endpoint)) {
      LOG.log(Level.WARNING, "LWM2M endpoint {0} cannot be a topic level; not bridged", endpoint);
      return;
    }
    ConnectionId connection = ConnectionId.next();
    devices.put(endpoint, new Device(connection, registration));
    entry.open(
        connection,
        TRANSPORT,
        registration.address(),
        new LaneWriter(endpoint, entry.lwm2m(), this));
    byte[] password =
        settings.password() == null ? null : settings.password().getBytes(StandardCharsets.UTF_8);
    entry.receive(
        connection,
        List.of(
            new Connect(
                ProtocolVersion.MQTT_3_1_1,
                endpoint,
                true,
                0,
                settings.username(),
                password,
                null,
                MqttProperties.EMPTY)));
  }

  @Override
  public void connAck(String endpoint, ConnectionId connection, ConnAck ack) {
    Device device = devices.get(endpoint);
    if (device == null || !device.connection().equals(connection) || ack.reasonCode() != 0) {
      return; // a refused CONNECT: the broker closes the connection next
    }
    device.connected();
    entry.receive(
        connection,
        List.of(
            new Subscribe(
                1,
                List.of(
                    new TopicSubscription(settings.topics().commands(endpoint), settings.qos())),
                MqttProperties.EMPTY)));
    respond(device, RegistrationJson.registered(device.registration()));
  }

  @Override
  public void onUpdated(Lwm2mRegistration registration) {
    Device device = devices.get(registration.endpoint());
    if (device != null) {
      device.updated(registration);
      respond(device, RegistrationJson.updated(registration));
    }
  }

  @Override
  public void onDeregistered(Lwm2mRegistration registration, boolean expired) {
    Device device = devices.get(registration.endpoint());
    if (device != null
        && device.registration().registrationId().equals(registration.registrationId())) {
      respond(device, RegistrationJson.deregistered(registration, expired));
      end(registration.endpoint(), expired ? "registration expired" : "de-registered");
    }
  }

  /** Ends the device's broker connection as a DISCONNECT would, if it has one. */
  private void end(String endpoint, String reason) {
    Device device = devices.remove(endpoint);
    if (device != null) {
      entry.receive(device.connection(), List.of(Disconnect.NORMAL));
      entry.close(device.connection());
      LOG.log(Level.DEBUG, "LWM2M device {0} left the broker: {1}", endpoint, reason);
    }
  }

  @Override
  public void publish(String endpoint, ConnectionId connection, Publish publish) {
    Device device = devices.get(endpoint);
    if (device != null && device.connection().equals(connection)) {
      commands.handle(device, publish.payload(), answer -> respond(device, answer));
    }
  }

  @Override
  public void closed(String endpoint, ConnectionId connection, String reason) {
    Device device = devices.get(endpoint);
    if (device != null && device.connection().equals(connection)) {
      devices.remove(endpoint);
    }
    entry.close(connection);
  }

  @Override
  public void onResponse(String endpoint, long requestId, LwM2mResponse response) {
    Device device = devices.get(endpoint);
    Command command = device == null ? null : device.answered(requestId);
    if (command == null) {
      return;
    }
    if (response.isSuccess()) {
      if (command.type() == MsgType.OBSERVE) {
        device.observedBy(normalized(command.reqPath()), command.reqId());
      } else if (command.type() == MsgType.CANCEL_OBSERVE) {
        device.notObserved(normalized(command.reqPath()));
      }
    }
    respond(device, ResponseJson.response(command, response));
  }

  @Override
  public void onFailure(String endpoint, long requestId, Lwm2mFailure failure, String message) {
    Device device = devices.get(endpoint);
    Command command = device == null ? null : device.answered(requestId);
    if (command != null) {
      respond(device, ResponseJson.failure(command, endpoint, failure, message));
    }
  }

  @Override
  public void onNotification(
      String endpoint, LwM2mPath path, ObserveResponse response, long sequence) {
    Device device = devices.get(endpoint);
    if (device != null && device.isConnected()) {
      JsonObject json =
          ResponseJson.notification(device.observer(path.toString()), path, response, sequence);
      uplink.publish(
          device.connection(),
          device::nextPacketId,
          settings.topics().notifications(endpoint),
          json);
    }
  }

  private void respond(Device device, JsonObject json) {
    String endpoint = device.registration().endpoint();
    uplink.publish(
        device.connection(), device::nextPacketId, settings.topics().responses(endpoint), json);
  }

  /** "3/0/13" and "/3/0/13" name the same path. */
  private static String normalized(String path) {
    return path == null ? "" : path.startsWith("/") ? path : "/" + path;
  }
}
