// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.api.json;

import io.mqttee.broker.admin.BrokerInfo;
import io.mqttee.broker.admin.ListenerView;
import io.mqttee.broker.admin.MetricsSample;
import io.mqttee.broker.admin.NodeView;
import java.util.Map;
import java.util.TreeMap;

/** The broker, its metrics and listeners. */
public final class BrokerJson {
  private BrokerJson() {}

  /** One node of the cluster: its id, its grid address, whether it is the one answering. */
  public static Map<String, Object> node(NodeView node) {
    Map<String, Object> json = Fields.object();
    json.put("node", node.id());
    json.put("address", node.address());
    json.put("local", node.local());
    json.put("node_status", "Running");
    return json;
  }

  public static Map<String, Object> broker(BrokerInfo info, long nowMillis) {
    Map<String, Object> json = Fields.object();
    json.put("node", info.node());
    json.put("node_status", "Running");
    json.put("version", info.version());
    json.put("sysdescr", "MQTTee MQTT broker");
    json.put("server", info.server());
    json.put("started_at", Fields.time(info.startedAtMillis()));
    json.put("uptime", info.uptimeSeconds());
    json.put("datetime", Fields.time(nowMillis));
    return json;
  }

  /** Gauges by name, sorted. */
  public static Map<String, Object> stats(MetricsSample sample) {
    return new TreeMap<>(sample.gauges());
  }

  public static Map<String, Object> metrics(MetricsSample sample) {
    Map<String, Object> json = Fields.object();
    json.put("at", Fields.time(sample.atMillis()));
    json.put("counters", new TreeMap<>(sample.counters()));
    json.put("rates", new TreeMap<>(sample.rates()));
    return json;
  }

  public static Map<String, Object> listener(ListenerView l) {
    Map<String, Object> json = Fields.object();
    json.put("name", l.name());
    json.put("type", l.type());
    json.put("bind", l.bind());
    json.put("port", l.port());
    json.put("running", l.running());
    json.put("connections", l.connections());
    json.put("settings", new TreeMap<>(l.settings()));
    return json;
  }

  /** A listener in the shape of an EMQX plugin. */
  public static Map<String, Object> plugin(ListenerView l) {
    Map<String, Object> json = Fields.object();
    json.put("name", l.name());
    json.put("version", null);
    json.put("description", l.type() + " listener on " + l.bind() + ":" + l.port());
    json.put("active", l.running());
    json.put("type", "protocol");
    return json;
  }
}
