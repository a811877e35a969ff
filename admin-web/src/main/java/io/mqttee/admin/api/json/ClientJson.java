// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.api.json;

import io.mqttee.broker.admin.ClientView;
import io.mqttee.broker.admin.QueuedMessageView;
import io.mqttee.broker.admin.RouteView;
import io.mqttee.broker.admin.SessionView;
import io.mqttee.broker.admin.SubscriptionView;
import java.util.Locale;
import java.util.Map;

/** Clients, sessions, subscriptions and routes in EMQX v4's field names. */
public final class ClientJson {
  private ClientJson() {}

  public static Map<String, Object> client(ClientView c) {
    Map<String, Object> json = Fields.object();
    json.put("clientid", c.clientId());
    json.put("username", c.username());
    json.put("ip_address", c.ipAddress());
    json.put("port", c.port());
    json.put("proto_name", protocolName(c.protocol()));
    json.put("proto_ver", c.protocolVersion());
    json.put("transport", c.transport());
    json.put("connected", c.connected());
    json.put("connected_at", Fields.time(c.connectedAtMillis()));
    json.put("disconnected_at", Fields.time(c.disconnectedAtMillis()));
    json.put("keepalive", c.keepAliveSeconds());
    json.put("clean_start", !c.persistent());
    json.put("expiry_interval", c.expirySeconds());
    json.put("subscriptions_cnt", c.subscriptions());
    json.put("inflight", c.inflight());
    json.put("mqueue_len", c.queued());
    json.put("node", c.node());
    return json;
  }

  /** The names EMQX shows: MQTT, MQTT-SN, LwM2M. */
  static String protocolName(String protocol) {
    if (protocol == null) {
      return null;
    }
    return switch (protocol.toLowerCase(Locale.ROOT)) {
      case "mqtt" -> "MQTT";
      case "mqtt-sn" -> "MQTT-SN";
      case "lwm2m" -> "LwM2M";
      default -> protocol;
    };
  }

  public static Map<String, Object> session(SessionView s) {
    Map<String, Object> json = Fields.object();
    json.put("clientid", s.clientId());
    json.put("connected", s.connected());
    json.put("clean_start", !s.persistent());
    json.put("expiry_interval", s.expirySeconds());
    json.put("proto_ver", s.protocolVersion());
    json.put("subscriptions_cnt", s.subscriptions());
    json.put("inflight", s.inflight());
    json.put("mqueue_len", s.queued());
    json.put("awaiting_rel", s.awaitingRelease());
    return json;
  }

  public static Map<String, Object> queuedMessage(QueuedMessageView m) {
    Map<String, Object> json = Fields.object();
    json.put("topic", m.topic());
    json.put("qos", m.qos());
    json.put("retain", m.retain());
    json.put("inflight", m.inflight());
    json.put("packet_id", m.packetId());
    Fields.putPayload(json, m.payload());
    return json;
  }

  public static Map<String, Object> subscription(SubscriptionView s) {
    Map<String, Object> json = Fields.object();
    json.put("clientid", s.clientId());
    json.put("topic", s.topicFilter());
    json.put("qos", s.qos());
    json.put("nl", s.noLocal() ? 1 : 0);
    json.put("rap", s.retainAsPublished() ? 1 : 0);
    json.put("rh", s.retainHandling());
    json.put("sub_id", s.identifier());
    return json;
  }

  public static Map<String, Object> route(RouteView r) {
    Map<String, Object> json = Fields.object();
    json.put("topic", r.topicFilter());
    json.put("node", r.node());
    json.put("subscribers", r.subscribers());
    return json;
  }
}
