// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import io.mqttee.broker.admin.BanView;
import io.mqttee.broker.auth.AccessGate;
import io.mqttee.broker.auth.AuthResult;
import io.mqttee.broker.auth.Authenticator;
import io.mqttee.broker.auth.ClientIdentity;
import io.mqttee.broker.config.BrokerConfig;
import io.mqttee.broker.connection.ClientConnection;
import io.mqttee.broker.connection.PropertyIds;
import io.mqttee.broker.sys.BrokerMetrics;
import io.mqttee.broker.sys.ConnectionCapacity;
import io.mqttee.broker.will.DelayedWills;
import io.mqttee.protocol.packet.ConnAck;
import io.mqttee.protocol.packet.Connect;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.ReasonCodes;
import io.mqttee.protocol.topic.TopicNames;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/** CONNECT: client id rules, authentication, take-over, session present, CONNACK. */
public final class ConnectHandler {
  /** MQTT 3.1 limits client ids to 23 characters and has no zero-length id. */
  private static final int MQTT_3_1_MAX_CLIENT_ID = 23;

  private static final int MAX_RECEIVE_MAXIMUM = 65_535;

  private final SessionRegistry sessions;
  private final Authenticator authenticator;
  private final ConnectionCloser closer;
  private final BrokerMetrics metrics;
  private final int maxClientIdLength;
  private final ConnAckProperties connAckProperties;
  private final DelayedWills delayedWills;
  private final AccessGate access;
  private final DurableReplies replies;
  private final ConnectionCapacity capacity;
  private final SessionHandOver handOver;

  public ConnectHandler(
      SessionRegistry sessions,
      Authenticator authenticator,
      AccessGate access,
      ConnectionCloser closer,
      BrokerMetrics metrics,
      BrokerConfig config,
      DelayedWills delayedWills,
      DurableReplies replies,
      ConnectionCapacity capacity,
      SessionHandOver handOver) {
    this.handOver = handOver;
    this.access = access;
    this.capacity = capacity;
    this.replies = replies;
    this.sessions = sessions;
    this.authenticator = authenticator;
    this.closer = closer;
    this.metrics = metrics;
    this.maxClientIdLength = config.maxClientIdLength();
    this.connAckProperties = new ConnAckProperties(config);
    this.delayedWills = delayedWills;
  }

  public void connect(ClientConnection connection, Connect connect) {
    String clientId = acceptableClientId(connection, connect);
    if (clientId == null) {
      return;
    }
    if (connect.will() != null && !TopicNames.isValid(connect.will().topic())) {
      // the will is published like a PUBLISH, so its topic follows MQTT-3.3.2-2
      metrics.topicRefused();
      closer.abort(connection, "invalid will topic", "MQTT-3.1.3-10");
      return;
    }
    if (connect.properties().get(PropertyIds.AUTHENTICATION_METHOD) != null) {
      // MQTT 5 section 4.12: no enhanced authentication method is configured
      closer.refuse(
          connection,
          ReasonCodes.BAD_AUTHENTICATION_METHOD,
          "unsupported authentication method",
          "MQTT-4.12.0-1");
      return;
    }
    AuthResult auth =
        authenticator.authenticate(connect.username(), connect.password(), connection.info());
    if (auth != AuthResult.ALLOWED) {
      refuseAuth(connection, connect.version(), auth);
      return;
    }
    String identity = authenticator.identity(connect.username(), connection.info());
    ClientIdentity who =
        new ClientIdentity(clientId, identity, ClientIdentity.ipOf(connection.info()));
    // set before the ban check: a ban added meanwhile either is seen here or finds the connection
    connection.authenticatedAs(who);
    BanView ban = access.banOf(who, connect.username());
    if (ban != null) {
      refuseBanned(connection, connect.version(), ban);
      return;
    }
    if (connect.will() != null && !access.mayPublish(who, connect.will().topic())) {
      // the will would be a PUBLISH the topic ACL refuses, as mosquitto refuses the CONNECT
      refuseAuth(connection, connect.version(), AuthResult.NOT_AUTHORIZED);
      return;
    }
    accept(connection, connect, clientId);
  }

  /** The client id to use, or null when the CONNECT was refused for it. */
  private String acceptableClientId(ClientConnection connection, Connect connect) {
    ProtocolVersion version = connect.version();
    String clientId = connect.clientId();
    if (clientId.isEmpty()) {
      boolean v3Persistent = !version.isMqtt5() && !connect.cleanStart();
      if (v3Persistent || version == ProtocolVersion.MQTT_3_1) {
        closer.refuse(
            connection,
            identifierRejected(version),
            "zero-length client id with clean session 0",
            "MQTT-3.1.3-8");
        return null;
      }
      return generatedClientId(); // MQTT-3.1.3-6
    }
    if (clientId.length() > maxClientIdLength(version)) {
      closer.refuse(connection, identifierRejected(version), "client id too long", "MQTT-3.1.3-5");
      return null;
    }
    return clientId;
  }

  private void accept(ClientConnection connection, Connect connect, String clientId) {
    ProtocolVersion version = connect.version();
    int keepAlive = connAckProperties.keepAliveSeconds(connect, connection.info());
    connection.accepted(clientId, version, keepAlive, connect.will());
    SessionRegistry.Opened opened =
        sessions.open(
            clientId, connect.cleanStart(), version.level(), expirySeconds(connect), connection);
    if (opened.previous() != null) {
      closer.abort(
          opened.previous(),
          ReasonCodes.SESSION_TAKEN_OVER,
          "session taken over by " + connection.id(),
          "MQTT-3.1.4-2");
    }
    // MQTT-3.1.3-9: a delayed will is dropped when the session continues, sent when it ended
    delayedWills.reconnected(clientId, opened.present());
    connection.attach(opened.session());
    metrics.clientConnected();
    capacity.connected(metrics.clientsConnected());
    boolean persistent = opened.session().persistent();
    if (handOver.claimsNothing(connection.info() == null ? null : connection.info().transport())) {
      // a persistent session's CONNACK promises it: sent once the session row is on disk
      replies.run(
          connection,
          persistent,
          () -> connAck(connection, connect, clientId, opened, opened.present()),
          () -> storeFailed(connection, version));
      return;
    }
    // in a cluster, the node that held the client id closes its connection and hands its session
    // over first; what it handed over is on disk here before the CONNACK says the session is
    // present
    CompletableFuture<Boolean> adopted = handOver.claim(opened.session(), connect.cleanStart());
    CompletableFuture<Void> stored =
        adopted.thenCompose(
            took -> persistent ? replies.durable() : CompletableFuture.completedFuture(null));
    replies.runAfter(
        connection,
        persistent,
        stored,
        () -> connAck(connection, connect, clientId, opened, opened.present() || adopted.join()),
        () -> claimFailed(connection, version));
  }

  private void connAck(
      ClientConnection connection,
      Connect connect,
      String clientId,
      SessionRegistry.Opened opened,
      boolean sessionPresent) {
    if (connection.isClosing()) {
      return; // gone, or taken over, while its session was being stored
    }
    ProtocolVersion version = connect.version();
    MqttProperties properties =
        version.isMqtt5()
            ? connAckProperties.build(connect, clientId, connection.info())
            : MqttProperties.EMPTY;
    // MQTT-3.2.2-1..3: session present only when a persistent session resumed
    connection.send(new ConnAck(sessionPresent, ReasonCodes.SUCCESS, properties));
    connection.connAckSent();
    if (version.isMqtt5()) {
      connection.limitOutbound(
          clientMaxPacketSize(connect),
          connect.properties().intValue(PropertyIds.TOPIC_ALIAS_MAXIMUM, 0));
    }
    int receiveMaximum =
        connect.properties().intValue(PropertyIds.RECEIVE_MAXIMUM, MAX_RECEIVE_MAXIMUM);
    sessions.attach(opened.session(), connection, receiveMaximum);
  }

  /** The session could not be stored: CONNACK refuses, and the client may try again later. */
  private void storeFailed(ClientConnection connection, ProtocolVersion version) {
    connection.discardWill();
    int code =
        version.isMqtt5() ? ReasonCodes.UNSPECIFIED_ERROR : ReasonCodes.V3_SERVER_UNAVAILABLE;
    closer.refuse(connection, code, "the message store could not commit", "MQTT-3.2.2-6");
  }

  /**
   * The cluster could not settle who holds the client id, or the session handed over could not be
   * stored: CONNACK refuses, and the client may try again.
   */
  private void claimFailed(ClientConnection connection, ProtocolVersion version) {
    connection.discardWill();
    int code =
        version.isMqtt5() ? ReasonCodes.SERVER_UNAVAILABLE : ReasonCodes.V3_SERVER_UNAVAILABLE;
    closer.refuse(connection, code, "the cluster could not hand the session over", "MQTT-3.2.2-6");
  }

  /** The client's Maximum Packet Size (a four-byte unsigned value), unlimited when absent. */
  private static int clientMaxPacketSize(Connect connect) {
    int size = connect.properties().intValue(PropertyIds.MAXIMUM_PACKET_SIZE, Integer.MAX_VALUE);
    return size <= 0 ? Integer.MAX_VALUE : size;
  }

  /**
   * MQTT 3.1.1: clean session 0 never expires; MQTT 5: the Session Expiry Interval, 0 if absent.
   */
  private static long expirySeconds(Connect connect) {
    if (!connect.version().isMqtt5()) {
      return connect.cleanStart() ? 0 : SessionRegistry.NEVER_EXPIRES;
    }
    return Integer.toUnsignedLong(
        connect.properties().intValue(PropertyIds.SESSION_EXPIRY_INTERVAL, 0));
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

  private void refuseBanned(ClientConnection connection, ProtocolVersion version, BanView ban) {
    int code = version.isMqtt5() ? ReasonCodes.BANNED : ReasonCodes.V3_NOT_AUTHORIZED;
    String reason = "banned " + ban.kind() + " " + ban.value();
    closer.refuse(connection, code, reason, "MQTT 5 section 3.2.2.2");
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
