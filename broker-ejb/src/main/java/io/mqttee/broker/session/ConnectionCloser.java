// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import io.mqttee.broker.connection.ClientConnection;
import io.mqttee.broker.connection.PropertyIds;
import io.mqttee.broker.sys.BrokerMetrics;
import io.mqttee.broker.will.DelayedWills;
import io.mqttee.broker.will.WillPublisher;
import io.mqttee.protocol.packet.ConnAck;
import io.mqttee.protocol.packet.Disconnect;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.ReasonCodes;
import io.mqttee.protocol.packet.Will;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/** Every way a connection ends, and what each way does with the will and the session. */
public final class ConnectionCloser {
  private static final Logger LOG = System.getLogger(ConnectionCloser.class.getName());

  private final SessionRegistry sessions;
  private final WillPublisher wills;
  private final DelayedWills delayedWills;
  private final BrokerMetrics metrics;
  private final LingeringCloses lingering;
  private final DurableReplies replies;

  public ConnectionCloser(SessionRegistry sessions, WillPublisher wills, BrokerMetrics metrics) {
    this(sessions, wills, null, metrics, null, null);
  }

  /**
   * @param delayedWills holds MQTT 5 wills with a Will Delay Interval; null publishes every will at
   *     once
   * @param lingering keeps a connection open for a moment after the broker's DISCONNECT; null
   *     closes at once
   * @param replies closes after a DISCONNECT once a changed session expiry is stored; null closes
   *     at once
   */
  public ConnectionCloser(
      SessionRegistry sessions,
      WillPublisher wills,
      DelayedWills delayedWills,
      BrokerMetrics metrics,
      LingeringCloses lingering,
      DurableReplies replies) {
    this.replies = replies;
    this.sessions = sessions;
    this.wills = wills;
    this.delayedWills = delayedWills;
    this.metrics = metrics;
    this.lingering = lingering;
  }

  /**
   * The broker closes the connection for a protocol violation, a malformed packet, a keep-alive
   * expiry or a take-over: abnormal, so the will is published (MQTT-3.1.2-8).
   */
  public void abort(ClientConnection connection, String reason, String specStatement) {
    abort(connection, ReasonCodes.PROTOCOL_ERROR, reason, specStatement);
  }

  /**
   * As {@link #abort(ClientConnection, String, String)}; an MQTT 5 client that was connected first
   * gets a DISCONNECT with {@code reasonCode} (MQTT 5 section 4.13).
   */
  public void abort(
      ClientConnection connection, int reasonCode, String reason, String specStatement) {
    if (!connection.markClosing()) {
      return;
    }
    LOG.log(Level.INFO, "closing {0}: {1} [{2}]", connection, reason, specStatement);
    // MQTT-3.2.0-1: nothing before CONNACK, so a connection taken over or failed while its
    // CONNACK still waited for the store is closed without a DISCONNECT
    boolean toldWhy =
        connection.session() != null
            && connection.version().isMqtt5()
            && connection.isConnAckSent();
    if (toldWhy) {
      connection.send(new Disconnect(reasonCode, MqttProperties.EMPTY));
      connection.seal();
    }
    publishWill(connection);
    if (toldWhy && lingering != null) {
      lingering.closeLater(connection, reason);
    } else {
      connection.close(reason);
    }
  }

  /** Refuses a CONNECT with a CONNACK return code, then closes (MQTT-3.2.2-5). */
  public void refuse(
      ClientConnection connection, int returnCode, String reason, String specStatement) {
    if (!connection.markClosing()) {
      return;
    }
    LOG.log(
        Level.INFO,
        "refusing {0} with {1}: {2} [{3}]",
        connection,
        String.format("0x%02X", returnCode),
        reason,
        specStatement);
    connection.send(new ConnAck(false, returnCode, MqttProperties.EMPTY));
    connection.close(reason);
  }

  /**
   * DISCONNECT: the will is discarded, not published (MQTT-3.14.4-3); an MQTT 5 Session Expiry
   * Interval on it replaces the one from CONNECT (MQTT 5 section 3.14.2.2.2).
   */
  public void disconnect(ClientConnection connection, Disconnect disconnect) {
    Session session = connection.session();
    if (connection.version().isMqtt5()
        && disconnect.properties().get(PropertyIds.SESSION_EXPIRY_INTERVAL) != null) {
      long expiry =
          Integer.toUnsignedLong(
              disconnect.properties().intValue(PropertyIds.SESSION_EXPIRY_INTERVAL, 0));
      if (session.expirySeconds() == 0 && expiry != 0) {
        abort(connection, "Session Expiry Interval set after 0 on CONNECT", "MQTT-3.14.2-2");
        return;
      }
      sessions.expiryChanged(session, expiry);
    }
    connection.discardWill();
    if (!connection.markClosing()) {
      return;
    }
    if (replies == null) {
      connection.close("DISCONNECT");
    } else {
      // the close tells the client its session's new expiry holds: after the store has it
      replies.run(
          connection,
          session.persistent(),
          () -> connection.close("DISCONNECT"),
          () -> connection.close("DISCONNECT; the new session expiry was not stored"));
    }
  }

  /** The transport reports the connection gone; a will still held means it was lost. */
  public void ended(ClientConnection connection) {
    connection.markClosing(); // a CONNACK still waiting for the store must not attach it
    if (lingering != null) {
      lingering.forget(connection);
    }
    if (connection.session() == null) {
      return;
    }
    try {
      publishWill(connection);
    } finally {
      sessions.ended(connection.session(), connection);
      metrics.clientDisconnected();
    }
  }

  private void publishWill(ClientConnection connection) {
    Will will = connection.takeWill();
    if (will == null) {
      return;
    }
    Session session = connection.session();
    if (delayedWills != null && session != null && connection.version().isMqtt5()) {
      delayedWills.connectionLost(will, connection.clientId(), session.expirySeconds());
    } else {
      wills.publish(will, connection.clientId());
    }
  }
}
