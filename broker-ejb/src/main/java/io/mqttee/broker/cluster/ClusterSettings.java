// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.cluster;

import io.mqttee.connector.api.SystemSettings;
import java.util.Arrays;
import java.util.List;

/**
 * How a node joins a cluster, from the system properties {@code mqttee.cluster.*}.
 *
 * @param enabled whether this node is part of a cluster at all ({@code enabled}, false)
 * @param name the cluster's name: nodes join only a cluster of the same name ({@code name})
 * @param port where this node's data grid listens for the others ({@code port}, 5701)
 * @param members the other nodes, {@code host:port} each ({@code members}, comma separated); used
 *     unless {@code multicast} is on
 * @param multicast find the members by multicast instead of the list ({@code multicast})
 * @param bind the address the grid binds and announces ({@code bind}); empty lets the grid choose
 * @param heartbeatSeconds how often members tell each other they are alive
 * @param suspectSeconds a member silent this long is taken for dead and dropped
 * @param sharedDatabase whether the nodes share one database ({@code shared-database}, false): then
 *     the sessions of a node that dies are taken over by the others
 */
public record ClusterSettings(
    boolean enabled,
    String name,
    int port,
    List<String> members,
    boolean multicast,
    String bind,
    int heartbeatSeconds,
    int suspectSeconds,
    boolean sharedDatabase) {

  private static final String PREFIX = "mqttee.cluster.";

  public ClusterSettings {
    members = List.copyOf(members);
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException(PREFIX + "port must be 1 to 65535, not " + port);
    }
    if (heartbeatSeconds < 1 || suspectSeconds <= heartbeatSeconds) {
      throw new IllegalArgumentException(
          PREFIX + "heartbeat-seconds must be at least 1 and below suspect-seconds");
    }
    if (enabled && !multicast && members.isEmpty()) {
      throw new IllegalArgumentException(
          PREFIX + "members must list the nodes (host:port, comma separated) unless multicast");
    }
  }

  /**
   * How many members must see each other before they take over the sessions of nodes that are gone:
   * a majority of the member list, so that of two halves of a partition at most one does; 1 with
   * multicast, where no list says how many nodes there are.
   */
  public int quorum() {
    return multicast ? 1 : members.size() / 2 + 1;
  }

  public static ClusterSettings fromSystemProperties() {
    return new ClusterSettings(
        Boolean.parseBoolean(text("enabled", "false")),
        text("name", "mqttee"),
        number("port", 5701),
        Arrays.stream(text("members", "").split(","))
            .map(String::strip)
            .filter(member -> !member.isEmpty())
            .toList(),
        Boolean.parseBoolean(text("multicast", "false")),
        text("bind", ""),
        number("heartbeat-seconds", 1),
        number("suspect-seconds", 10),
        Boolean.parseBoolean(text("shared-database", "false")));
  }

  private static String text(String name, String fallback) {
    return SystemSettings.text(PREFIX + name, fallback);
  }

  private static int number(String name, int fallback) {
    return SystemSettings.integer(PREFIX + name, fallback);
  }
}
