// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import io.mqttee.broker.auth.AuthResult;
import io.mqttee.broker.auth.Authenticator;
import io.mqttee.broker.connection.ClientConnection;
import io.mqttee.broker.sys.BrokerMetrics;
import io.mqttee.protocol.packet.ConnAck;
import io.mqttee.protocol.packet.Connect;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.ReasonCodes;
import io.mqttee.protocol.topic.TopicNames;
import java.util.UUID;

/** CONNECT: client id rules, authentication, take-over, session present, CONNACK. */
public final class ConnectHandler {
  /** MQTT 3.1 limits client ids to 23 characters and has no zero-length id. */
  private static final int MQTT_3_1_MAX_CLIENT_ID = 23;

  private final SessionRegistry sessions;
  private final Authenticator authenticator;
  private final ConnectionCloser closer;
  private final BrokerMetrics metrics;
  private final int maxClientIdLength;

  public ConnectHandler(
      SessionRegistry sessions,
      Authenticator authenticator,
      ConnectionCloser closer,
      BrokerMetrics metrics,
      int maxClientIdLength) {
    this.sessions = sessions;
    this.authenticator = authenticator;
    this.closer = closer;
    this.metrics = metrics;
    this.maxClientIdLength = maxClientIdLength;
  }

  public void connect(ClientConnection connection, Connect connect) {
    ProtocolVersion version = connect.version();
    String clientId = connect.clientId();
    if (clientId.isEmpty()) {
      if (!connect.cleanStart() || version == ProtocolVersion.MQTT_3_1) {
        closer.refuse(
            connection,
            identifierRejected(version),
            "zero-length client id with clean session 0",
            "MQTT-3.1.3-8");
        return;
      }
      clientId = generatedClientId(); // MQTT-3.1.3-6
    } else if (clientId.length() > maxClientIdLength(version)) {
      closer.refuse(connection, identifierRejected(version), "client id too long", "MQTT-3.1.3-5");
      return;
    }
    if (connect.will() != null && !TopicNames.isValid(connect.will().topic())) {
      // the will is published like a PUBLISH, so its topic follows MQTT-3.3.2-2
      closer.abort(connection, "invalid will topic", "MQTT-3.1.3-10");
      return;
    }
    AuthResult auth =
        authenticator.authenticate(connect.username(), connect.password(), connection.info());
    if (auth != AuthResult.ALLOWED) {
      refuseAuth(connection, version, auth);
      return;
    }
    connection.accepted(clientId, version, connect.keepAliveSeconds(), connect.will());
    SessionRegistry.Opened opened = sessions.open(clientId, connect.cleanStart(), version.level());
    if (opened.previous() != null) {
      closer.abort(opened.previous(), "session taken over by " + connection.id(), "MQTT-3.1.4-2");
    }
    connection.attach(opened.session());
    // MQTT-3.2.2-1..3: session present only when a persistent session resumed
    connection.send(new ConnAck(opened.present(), ReasonCodes.SUCCESS, MqttProperties.EMPTY));
    metrics.clientConnected();
    opened.session().attach(connection);
  }

  private void refuseAuth(ClientConnection connection, ProtocolVersion version, AuthResult auth) {
    boolean v5 = version.isMqtt5();
    if (auth == AuthResult.BAD_CREDENTIALS) {
      int code =
          v5 ? ReasonCodes.BAD_USERNAME_OR_PASSWORD : ReasonCodes.V3_BAD_USERNAME_OR_PASSWORD;
      closer.refuse(connection, code, "bad user name or password", "MQTT 3.1.1 section 3.2.2.3");
    } else {
      int code = v5 ? ReasonCodes.NOT_AUTHORIZED : ReasonCodes.V3_NOT_AUTHORIZED;
      closer.refuse(connection, code, "not authorized", "MQTT 3.1.1 section 3.2.2.3");
    }
  }

  private int maxClientIdLength(ProtocolVersion version) {
    return version == ProtocolVersion.MQTT_3_1
        ? Math.min(MQTT_3_1_MAX_CLIENT_ID, maxClientIdLength)
        : maxClientIdLength;
  }

  private static int identifierRejected(ProtocolVersion version) {
    return version.isMqtt5()
        ? ReasonCodes.CLIENT_IDENTIFIER_NOT_VALID
        : ReasonCodes.V3_IDENTIFIER_REJECTED;
  }

  private static String generatedClientId() {
    return "auto-" + UUID.randomUUID().toString().replace("-", "").substring(0, 18);
  }
}
