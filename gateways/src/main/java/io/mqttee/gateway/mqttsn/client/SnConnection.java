// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.mqttsn.client;

import io.mqttee.connector.api.ConnectionId;
import io.mqttee.protocol.mqttsn.ReturnCodes;
import io.mqttee.protocol.mqttsn.message.SnConnect;
import io.mqttee.protocol.mqttsn.message.SnWillMsg;
import io.mqttee.protocol.mqttsn.message.SnWillMsgReq;
import io.mqttee.protocol.mqttsn.message.SnWillMsgResp;
import io.mqttee.protocol.mqttsn.message.SnWillMsgUpd;
import io.mqttee.protocol.mqttsn.message.SnWillTopic;
import io.mqttee.protocol.mqttsn.message.SnWillTopicReq;
import io.mqttee.protocol.mqttsn.message.SnWillTopicUpd;
import io.mqttee.protocol.packet.Connect;
import io.mqttee.protocol.packet.Disconnect;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.QoS;
import io.mqttee.protocol.packet.Will;
import java.nio.charset.StandardCharsets;

/**
 * A client's CONNECT, its will exchange (MQTT-SN 1.2 section 6.3) and will updates (section 6.4),
 * and the broker connection they open: an MQTT 3.1.1 CONNECT with the gateway's user name, keep
 * alive 0 (the gateway supervises keep alive and sleep itself) and the will.
 */
final class SnConnection {

  private final ClientSettings settings;
  private ConnectionId connection;
  private Downlink downlink;
  private Uplink uplink;
  private SnConnect connect;
  private SnWillTopic willTopic;
  private Will will;
  private String clientId = "";
  private int keepAliveSeconds;

  SnConnection(ClientSettings settings) {
    this.settings = settings;
  }

  ConnectionId connection() {
    return connection;
  }

  Downlink downlink() {
    return downlink;
  }

  Uplink uplink() {
    return uplink;
  }

  String clientId() {
    return clientId;
  }

  int keepAliveSeconds() {
    return keepAliveSeconds;
  }

  void keepAlive(int seconds) {
    keepAliveSeconds = seconds;
  }

  /** A CONNECT: the will exchange first when it has the Will flag, else the broker connection. */
  ClientState start(SnConnect newConnect, Actions out) {
    connect = newConnect;
    clientId = newConnect.clientId();
    keepAliveSeconds = newConnect.duration();
    if (newConnect.will()) {
      out.toClient(new SnWillTopicReq());
      return ClientState.WILL_TOPIC;
    }
    return open(null, out);
  }

  ClientState willTopic(SnWillTopic topic, ClientState state, Actions out) {
    if (state != ClientState.WILL_TOPIC) {
      out.drop("WILLTOPIC without WILLTOPICREQ");
      return state;
    }
    if (topic.deletesWill()) {
      return open(null, out); // the empty WILLTOPIC: no will after all
    }
    willTopic = topic;
    out.toClient(new SnWillMsgReq());
    return ClientState.WILL_MESSAGE;
  }

  ClientState willMessage(SnWillMsg message, ClientState state, Actions out) {
    if (state != ClientState.WILL_MESSAGE) {
      out.drop("WILLMSG without WILLMSGREQ");
      return state;
    }
    Will lastWill =
        new Will(
            willTopic.willTopic(),
            message.willMessage().toByteArray(),
            QoS.of(willTopic.qos().level()),
            willTopic.retain(),
            MqttProperties.EMPTY);
    return open(lastWill, out);
  }

  private ClientState open(Will lastWill, Actions out) {
    connection = ConnectionId.next();
    downlink = new Downlink(connection, settings);
    uplink = new Uplink(connection, downlink, settings.predefined());
    will = lastWill;
    byte[] password =
        settings.password() == null ? null : settings.password().getBytes(StandardCharsets.UTF_8);
    out.open(connection);
    out.toBroker(
        connection,
        new Connect(
            ProtocolVersion.MQTT_3_1_1,
            clientId,
            connect.cleanSession(),
            0,
            settings.username(),
            password,
            lastWill,
            MqttProperties.EMPTY));
    return ClientState.CONNECTING;
  }

  /** Ends the broker connection the client has, if any, as a DISCONNECT would. */
  void end(Actions out, String reason) {
    if (connection != null) {
      out.toBroker(connection, Disconnect.NORMAL);
      out.close(connection, false, reason);
      connection = null;
    }
  }

  /** Section 6.4: the new topic keeps the message; an empty WILLTOPICUPD deletes the will. */
  void willTopicUpdate(SnWillTopicUpd update, Actions out) {
    if (update.deletesWill()) {
      will = null;
    } else {
      byte[] payload = will == null ? new byte[0] : will.payload();
      will =
          new Will(
              update.willTopic(),
              payload,
              QoS.of(update.qos().level()),
              update.retain(),
              MqttProperties.EMPTY);
    }
    out.replaceWill(connection, will, true);
  }

  /** Section 6.4: a new message for the will topic there is. */
  void willMessageUpdate(SnWillMsgUpd update, Actions out) {
    if (will == null) {
      out.toClient(new SnWillMsgResp(ReturnCodes.REJECTED_NOT_SUPPORTED));
      return;
    }
    will =
        new Will(
            will.topic(),
            update.willMessage().toByteArray(),
            will.qos(),
            will.retain(),
            MqttProperties.EMPTY);
    out.replaceWill(connection, will, false);
  }
}
