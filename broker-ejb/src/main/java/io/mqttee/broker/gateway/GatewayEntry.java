// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.gateway;

import io.mqttee.broker.assembly.Broker;
import io.mqttee.broker.auth.AccessControl;
import io.mqttee.broker.auth.AccessGate;
import io.mqttee.broker.auth.ClientIdentity;
import io.mqttee.broker.connection.ClientConnection;
import io.mqttee.broker.connection.ClientWriter;
import io.mqttee.connector.api.ConnectionId;
import io.mqttee.connector.api.ConnectionInfo;
import io.mqttee.connector.api.DatagramSender;
import io.mqttee.connector.api.Lwm2mServer;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.Will;
import io.mqttee.protocol.topic.TopicNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a gateway may do with the broker. Each of the gateway's clients is one connection of the
 * session service, fed with MQTT 3.1.1 packets the gateway translated, exactly like a TCP client:
 * sessions, authentication, bans, topic ACLs, retained messages, wills and $SYS apply unchanged.
 * Calls for one connection come serially, in order, as {@code SessionService} requires.
 */
@ApplicationScoped
public class GatewayEntry {

  @Inject Broker broker;
  @Inject AccessControl access;

  /**
   * A client of the gateway becomes a connection; its CONNECT follows with {@link #receive}.
   *
   * @param transport what carries it: "udp" for MQTT-SN (the admin API shows protocol "mqtt-sn"),
   *     "lwm2m" for an LWM2M device (protocol "lwm2m"), "gateway" for a gateway's own connection
   *     (protocol "gateway")
   * @param writer where the broker's packets for it go; called from any broker thread
   */
  public void open(ConnectionId id, String transport, InetSocketAddress peer, ClientWriter writer) {
    broker.sessions().opened(id, new ConnectionInfo(transport, peer, null), writer);
  }

  /** The client's packets, translated to MQTT, in order. */
  public void receive(ConnectionId id, List<MqttPacket> packets) {
    broker.sessions().received(id, packets);
  }

  /**
   * The connection is gone, whoever ended it; called once, last. Unless a DISCONNECT was received
   * first the loss is abnormal and the broker publishes the will (MQTT-3.1.2-8).
   */
  public void close(ConnectionId id) {
    broker.sessions().closed(id);
  }

  /**
   * Replaces the will of an accepted connection (MQTT-SN WILLTOPICUPD and WILLMSGUPD; MQTT sets it
   * in CONNECT only), under the rules CONNECT's will follows: a valid topic name (MQTT-3.1.3-10)
   * that the client may publish to. The broker then publishes this will when the connection is
   * lost, with the connection's identity, as any other.
   *
   * @param will the new will, or null to delete it
   * @return false when refused: unknown or closing connection, invalid topic, or the ACL denies it
   */
  public boolean replaceWill(ConnectionId id, Will will) {
    ClientConnection connection = broker.sessions().connections().get(id);
    if (connection == null || connection.session() == null || connection.isClosing()) {
      return false;
    }
    if (will != null
        && (!TopicNames.isValid(will.topic())
            || !access.gate().mayPublish(connection.identity(), will.topic()))) {
      return false;
    }
    return connection.replaceWill(will);
  }

  /**
   * A message from no session (MQTT-SN QoS -1 PUBLISH, section 6.8), published as the broker does
   * after the topic ACL and bans: the identity is the gateway's configured user name at the
   * sender's address, without a client id.
   *
   * @return false when refused by the topic name, a ban or the ACL
   */
  public boolean publishWithoutSession(String username, InetSocketAddress peer, Publish message) {
    AccessGate gate = access.gate();
    String ip = ClientIdentity.ipOf(new ConnectionInfo("udp", peer, null));
    ClientIdentity who = new ClientIdentity(null, username, ip);
    if (!TopicNames.isValid(message.topic())
        || gate.banOf(who, username) != null
        || !gate.mayPublish(who, message.topic())) {
      broker.metrics().topicRefused();
      return false;
    }
    broker.publisher().publish(message, null);
    return true;
  }

  /** The adapter's LWM2M server, through the adapter handle the broker already holds. */
  public Lwm2mServer lwm2m() {
    return broker.outbound().lwm2m();
  }

  /** Where the gateway sends its datagrams: the adapter handle the broker already holds. */
  public DatagramSender datagrams() {
    return broker.outbound().datagrams();
  }

  /**
   * Adds the gateway's own values (topic name to text) to every $SYS round, such as {@code
   * $SYS/broker/mqtt-sn/datagrams/received}.
   */
  public void reportSysValues(String gateway, Supplier<Map<String, String>> values) {
    broker.sysValues().put(gateway, values);
  }
}
