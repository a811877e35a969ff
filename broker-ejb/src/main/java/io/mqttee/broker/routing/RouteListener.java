// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.routing;

/**
 * Hears when this node gets its first subscriber to a filter, or loses its last: what the other
 * nodes of a cluster need to know to send this node the messages its clients subscribed to. Called
 * on lanes, so it must not block; calls for one filter come in the order of the changes.
 */
public interface RouteListener {

  /** This node has subscribers to {@code topicFilter} now ({@code shareGroup} null if plain). */
  void routeAdded(String topicFilter, String shareGroup);

  /** This node has no subscriber to {@code topicFilter} in {@code shareGroup} any more. */
  void routeRemoved(String topicFilter, String shareGroup);
}
