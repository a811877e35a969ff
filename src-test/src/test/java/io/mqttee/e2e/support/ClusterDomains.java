// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A cluster of MQTTee nodes on this machine, each a Payara Server domain of its own with the EAR
 * under test deployed, joined through the grid's static member list on loopback, sharing one new
 * PostgreSQL database of the build's {@link PostgresCluster}. Port blocks start at {@code
 * mqttee.test.cluster.portbase} (below the ephemeral range).
 */
public final class ClusterDomains implements AutoCloseable {
  private final List<ClusterDomain> nodes;
  private final String databaseUrl;

  private ClusterDomains(List<ClusterDomain> nodes, String databaseUrl) {
    this.nodes = nodes;
    this.databaseUrl = databaseUrl;
  }

  /** Creates, starts and deploys {@code count} nodes, one after the other. */
  public static ClusterDomains start(int count) throws IOException, InterruptedException {
    Path domains = Path.of(System.getProperty("mqttee.test.cluster.dir"));
    Files.createDirectories(domains);
    int portbase = Integer.getInteger("mqttee.test.cluster.portbase", 21000);
    List<ClusterDomain> nodes = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      nodes.add(new ClusterDomain("node" + i, portbase + 1000 * (i - 1), domains));
    }
    ClusterDomains cluster =
        new ClusterDomains(nodes, PostgresCluster.freshDatabase("mqttee_cluster"));
    try {
      Path api = Path.of(System.getProperty("mqttee.test.api.jar"));
      Path ear = Path.of(System.getProperty("mqttee.ear"));
      for (ClusterDomain node : nodes) {
        node.create(api);
        node.start();
        node.deploy(cluster.properties(node), ear);
      }
    } catch (IOException | InterruptedException | RuntimeException e) {
      cluster.close();
      throw e;
    }
    return cluster;
  }

  public ClusterDomain node(int index) {
    return nodes.get(index);
  }

  private Map<String, String> properties(ClusterDomain node) {
    List<String> members = new ArrayList<>();
    nodes.forEach(n -> members.add("127.0.0.1:" + n.gridPort()));
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put(
        "hibernate.transaction.jta.platform",
        "org.hibernate.engine.transaction.jta.platform.internal.SunOneJtaPlatform");
    properties.put("mqttee.tcp.port", Integer.toString(node.mqttPort()));
    properties.put("mqttee.tls.port", "-1");
    properties.put("mqttee.ws.port", "-1");
    properties.put("mqttee.mqttsn.port", "-1");
    properties.put("mqttee.lwm2m.port", "-1");
    properties.put("mqttee.lwm2m.dtls-port", "-1");
    properties.put("mqttee.sys.interval-seconds", "1");
    properties.put("mqttee.cluster.enabled", "true");
    properties.put("mqttee.cluster.name", "mqttee-test");
    properties.put("mqttee.cluster.bind", "127.0.0.1");
    properties.put("mqttee.cluster.port", Integer.toString(node.gridPort()));
    properties.put("mqttee.cluster.members", String.join(",", members));
    properties.put("mqttee.cluster.shared-database", "true");
    properties.put("mqttee.db.url", databaseUrl);
    properties.put("mqttee.db.user", PostgresCluster.user());
    properties.put("mqttee.db.password", PostgresCluster.password());
    return properties;
  }

  /** Stops every node that still runs. */
  @Override
  public void close() {
    for (ClusterDomain node : nodes) {
      try {
        node.stop();
      } catch (IOException | RuntimeException e) {
        // a killed node has nothing to stop
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
