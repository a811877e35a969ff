// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.management;

import io.mqttee.broker.admin.ClientView;
import io.mqttee.broker.admin.QueuedMessageView;
import io.mqttee.broker.admin.SessionView;
import io.mqttee.broker.admin.SubscriptionView;
import io.mqttee.broker.auth.ApplicationAuthenticator;
import io.mqttee.broker.connection.ClientConnection;
import io.mqttee.broker.routing.Router;
import io.mqttee.broker.routing.Subscription;
import io.mqttee.broker.session.PendingMessage;
import io.mqttee.broker.session.Session;
import io.mqttee.connector.api.ConnectionInfo;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/** Turns the broker's live objects into the facade's value types. */
final class ClientViews {
  static final String MQTT = "mqtt";

  /** The MQTT-SN gateway's clients, the only ones that come over UDP. */
  static final String MQTT_SN = "mqtt-sn";

  static final String LWM2M = "lwm2m";

  /** A gateway's own connection, such as the LWM2M gateway's for unregistered endpoints. */
  static final String GATEWAY = "gateway";

  /** An application's bean subscription or connection factory, inside the server. */
  static final String APPLICATION = ApplicationAuthenticator.TRANSPORT;

  private final Router router;
  private final String node;

  ClientViews(Router router, String node) {
    this.node = node;
    this.router = router;
  }

  /**
   * The client without its counts, which cost a lock or an index walk each: enough to filter a
   * listing, which then counts for its page only.
   */
  static ClientView withoutCounts(Session session) {
    return client(session, 0, 0, 0, null);
  }

  ClientView client(Session session) {
    return client(
        session,
        router.subscriptionsOf(session.clientId()).size(),
        session.inflightCount(),
        session.queuedCount(),
        node);
  }

  SessionView session(Session session) {
    return new SessionView(
        session.clientId(),
        session.online() != null,
        session.persistent(),
        session.expirySeconds(),
        session.protocolLevel(),
        router.subscriptionsOf(session.clientId()).size(),
        session.inflightCount(),
        session.queuedCount(),
        session.awaitingReleaseCount());
  }

  static SubscriptionView subscription(Subscription s) {
    String filter =
        s.shareGroup() == null
            ? s.topicFilter()
            : "$share/" + s.shareGroup() + "/" + s.topicFilter();
    return new SubscriptionView(
        s.clientId(),
        filter,
        s.maxQos().value(),
        s.noLocal(),
        s.retainAsPublished(),
        s.retainHandling(),
        s.identifier());
  }

  static QueuedMessageView queued(PendingMessage pending) {
    return new QueuedMessageView(
        pending.message().topic(),
        pending.message().qos().value(),
        pending.message().retain(),
        pending.message().payload().clone(),
        pending.inflight(),
        pending.message().packetId());
  }

  private static ClientView client(
      Session session, int subscriptions, int inflight, int queued, String node) {
    ClientConnection connection = session.online();
    ConnectionInfo info = connection == null ? null : connection.info();
    InetSocketAddress peer = info == null ? null : info.remoteAddress();
    return new ClientView(
        session.clientId(),
        connection == null ? null : connection.username(),
        address(peer),
        peer == null ? 0 : peer.getPort(),
        protocol(info),
        session.protocolLevel(),
        info == null ? null : info.transport(),
        connection != null,
        connection == null ? 0 : connection.openedAtMillis(),
        connection == null ? session.disconnectedAtMillis() : 0,
        connection == null ? 0 : connection.keepAliveSeconds(),
        session.persistent(),
        session.expirySeconds(),
        subscriptions,
        inflight,
        queued,
        node);
  }

  /** Offline sessions, whose transport is unknown, are listed as MQTT. */
  private static String protocol(ConnectionInfo info) {
    if (info == null) {
      return MQTT;
    }
    return switch (info.transport()) {
      case "udp" -> MQTT_SN;
      case LWM2M -> LWM2M;
      case GATEWAY -> GATEWAY;
      case APPLICATION -> APPLICATION;
      default -> MQTT;
    };
  }

  private static String address(InetSocketAddress peer) {
    if (peer == null) {
      return null;
    }
    InetAddress address = peer.getAddress();
    return address == null ? peer.getHostString() : address.getHostAddress();
  }
}
