// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.cluster;

import java.util.UUID;

/**
 * One node's route in the grid's route map: the node, the filter and the share group (null for a
 * plain subscription). Encoded as one string key; U+0000 separates the parts, since MQTT strings
 * cannot hold it (MQTT-1.5.4-2).
 */
record RouteKey(UUID member, String topicFilter, String shareGroup) {
  private static final char SEPARATOR = '\u0000';

  String encoded() {
    return member.toString()
        + SEPARATOR
        + (shareGroup == null ? "" : shareGroup)
        + SEPARATOR
        + topicFilter;
  }

  static RouteKey parse(String encoded) {
    int first = encoded.indexOf(SEPARATOR);
    int second = encoded.indexOf(SEPARATOR, first + 1);
    String group = encoded.substring(first + 1, second);
    return new RouteKey(
        UUID.fromString(encoded.substring(0, first)),
        encoded.substring(second + 1),
        group.isEmpty() ? null : group);
  }

  /** Whether {@code encoded} is a route of {@code node}. */
  static boolean isOf(String encoded, UUID node) {
    return encoded.startsWith(node.toString() + SEPARATOR);
  }
}
