// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import static io.mqttee.broker.connection.PropertyIds.ASSIGNED_CLIENT_IDENTIFIER;
import static io.mqttee.broker.connection.PropertyIds.MAXIMUM_PACKET_SIZE;
import static io.mqttee.broker.connection.PropertyIds.RECEIVE_MAXIMUM;
import static io.mqttee.broker.connection.PropertyIds.REQUEST_RESPONSE_INFORMATION;
import static io.mqttee.broker.connection.PropertyIds.RESPONSE_INFORMATION;
import static io.mqttee.broker.connection.PropertyIds.RETAIN_AVAILABLE;
import static io.mqttee.broker.connection.PropertyIds.SERVER_KEEP_ALIVE;
import static io.mqttee.broker.connection.PropertyIds.SHARED_SUBSCRIPTION_AVAILABLE;
import static io.mqttee.broker.connection.PropertyIds.SUBSCRIPTION_IDENTIFIER_AVAILABLE;
import static io.mqttee.broker.connection.PropertyIds.TOPIC_ALIAS_MAXIMUM;
import static io.mqttee.broker.connection.PropertyIds.WILDCARD_SUBSCRIPTION_AVAILABLE;

import io.mqttee.broker.auth.ApplicationAuthenticator;
import io.mqttee.broker.config.BrokerConfig;
import io.mqttee.connector.api.ConnectionInfo;
import io.mqttee.protocol.packet.Connect;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.MqttProperties.Property;
import java.util.ArrayList;
import java.util.List;

/** What the broker announces to an MQTT 5 client in a successful CONNACK (MQTT 5 3.2.2.3). */
final class ConnAckProperties {
  private static final int MAX_TWO_BYTE = 65_535;

  private final BrokerConfig config;

  ConnAckProperties(BrokerConfig config) {
    this.config = config;
  }

  /**
   * The keep alive the broker applies: for MQTT 5, a client's 0 or one above the maximum becomes
   * the maximum, announced as Server Keep Alive (MQTT-3.2.2-21); MQTT 3.1.1 has no way to say so.
   * An application's connection inside the server keeps what it asked for: no network can fail
   * under it, and its adapter ends it when the application stops.
   */
  int keepAliveSeconds(Connect connect, ConnectionInfo info) {
    int requested = connect.keepAliveSeconds();
    int max = config.maxKeepAliveSeconds();
    boolean inProcess = info != null && ApplicationAuthenticator.TRANSPORT.equals(info.transport());
    if (!connect.version().isMqtt5() || max <= 0 || inProcess) {
      return requested;
    }
    return requested == 0 || requested > max ? max : requested;
  }

  MqttProperties build(Connect connect, String clientId, ConnectionInfo info) {
    List<Property> properties = new ArrayList<>();
    if (!clientId.equals(connect.clientId())) {
      properties.add(new Property(ASSIGNED_CLIENT_IDENTIFIER, clientId)); // MQTT-3.2.2-16
    }
    int keepAlive = keepAliveSeconds(connect, info);
    if (keepAlive != connect.keepAliveSeconds()) {
      properties.add(new Property(SERVER_KEEP_ALIVE, keepAlive));
    }
    properties.add(new Property(RECEIVE_MAXIMUM, clamp(config.receiveMaximum(), 1)));
    properties.add(new Property(TOPIC_ALIAS_MAXIMUM, clamp(config.topicAliasMaximum(), 0)));
    properties.add(new Property(MAXIMUM_PACKET_SIZE, config.maxPacketSize()));
    properties.add(new Property(RETAIN_AVAILABLE, 1));
    properties.add(new Property(WILDCARD_SUBSCRIPTION_AVAILABLE, 1));
    properties.add(new Property(SUBSCRIPTION_IDENTIFIER_AVAILABLE, 1));
    properties.add(new Property(SHARED_SUBSCRIPTION_AVAILABLE, 1));
    String responseInformation = config.responseInformation();
    // MQTT 5 3.1.2.11.6: only a client that asked for it gets Response Information
    if (connect.properties().intValue(REQUEST_RESPONSE_INFORMATION, 0) == 1
        && !responseInformation.isEmpty()) {
      properties.add(new Property(RESPONSE_INFORMATION, responseInformation));
    }
    return new MqttProperties(properties);
  }

  private static int clamp(int value, int min) {
    return Math.max(min, Math.min(MAX_TWO_BYTE, value));
  }
}
