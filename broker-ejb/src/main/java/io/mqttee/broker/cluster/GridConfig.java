// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.cluster;

import io.mqttee.grid.hazelcast.config.Config;
import io.mqttee.grid.hazelcast.config.JavaSerializationFilterConfig;
import io.mqttee.grid.hazelcast.config.JoinConfig;
import io.mqttee.grid.hazelcast.config.NetworkConfig;

/** The data grid's configuration for a node, from {@link ClusterSettings}. */
final class GridConfig {
  static final String FORWARD_EXECUTOR = "mqttee-forward";
  static final String ROUTE_MAP = "mqttee-routes";

  /** The members whose brokers are started, by member id. */
  static final String NODE_MAP = "mqttee-nodes";

  /** Client id to {@code number:node} of the node that holds its session. */
  static final String CLIENT_MAP = "mqttee-clients";

  /** Where nodes give sessions up to the node that took their client id over. */
  static final String HAND_OVER_EXECUTOR = "mqttee-hand-over";

  /**
   * Where a node takes the messages another node relays for a session it took from that node; no
   * relay waits for another batch.
   */
  static final String RELAY_EXECUTOR = "mqttee-relay";

  /** Where the administration asks the nodes for their clients. */
  static final String ADMIN_EXECUTOR = "mqttee-admin";

  /** Threads that take forwarded batches: one batch per other node is in flight at a time. */
  private static final int FORWARD_THREADS = 8;

  /** Threads that take relayed batches, one per other node in flight at a time. */
  private static final int RELAY_THREADS = 4;

  /** A hand-over may wait for a claim of the same client id under way on its node. */
  private static final int HAND_OVER_THREADS = 4;

  private GridConfig() {}

  static Config of(ClusterSettings settings) {
    Config config = new Config();
    config.setClusterName(settings.name());
    // the grid deserializes the broker's tasks with the application's class loader
    config.setClassLoader(GridConfig.class.getClassLoader());
    config.setProperty("hazelcast.logging.type", "jdk");
    config.setProperty("hazelcast.phone.home.enabled", "false");
    config.setProperty("hazelcast.shutdownhook.enabled", "false");
    config.setProperty(
        "hazelcast.heartbeat.interval.seconds", Integer.toString(settings.heartbeatSeconds()));
    config.setProperty(
        "hazelcast.max.no.heartbeat.seconds", Integer.toString(settings.suspectSeconds()));
    // after a partition heals, the halves merge within seconds instead of minutes
    config.setProperty("hazelcast.merge.first.run.delay.seconds", "10");
    config.setProperty("hazelcast.merge.next.run.delay.seconds", "5");
    config.getMetricsConfig().setEnabled(false);
    config.getJetConfig().setEnabled(false);
    config.getExecutorConfig(FORWARD_EXECUTOR).setPoolSize(FORWARD_THREADS);
    config.getExecutorConfig(HAND_OVER_EXECUTOR).setPoolSize(HAND_OVER_THREADS);
    config.getExecutorConfig(RELAY_EXECUTOR).setPoolSize(RELAY_THREADS);
    config.getExecutorConfig(ADMIN_EXECUTOR).setPoolSize(2);
    // a joining member gets the maps' contents before it starts, not in a silent bulk fill later
    config.getReplicatedMapConfig(ROUTE_MAP).setAsyncFillup(false);
    config.getReplicatedMapConfig(NODE_MAP).setAsyncFillup(false);
    // the nodes exchange only their own serialized types; no Java deserialization of gadgets
    config
        .getSerializationConfig()
        .setJavaSerializationFilterConfig(new JavaSerializationFilterConfig());
    config
        .getSerializationConfig()
        .addDataSerializableFactory(ClusterSerialization.FACTORY_ID, new ClusterSerialization());
    NetworkConfig network = config.getNetworkConfig();
    network.setPort(settings.port()).setPortAutoIncrement(false);
    if (!settings.bind().isEmpty()) {
      network.getInterfaces().setEnabled(true).addInterface(settings.bind());
      config.setProperty("hazelcast.local.localAddress", settings.bind());
    }
    JoinConfig join = network.getJoin();
    join.getAutoDetectionConfig().setEnabled(false);
    join.getMulticastConfig().setEnabled(settings.multicast());
    join.getTcpIpConfig().setEnabled(!settings.multicast()).setMembers(settings.members());
    return config;
  }
}
