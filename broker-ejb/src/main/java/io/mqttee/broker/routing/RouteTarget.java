// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.routing;

/** Receives the matches of one {@link Router#route} call. */
@FunctionalInterface
public interface RouteTarget {

  /**
   * One session that the topic reaches.
   *
   * @param best the matching subscription with the highest QoS
   * @param identifiers the MQTT 5 subscription identifiers of all matching subscriptions of the
   *     session (empty array when none)
   */
  void deliver(Subscription best, int[] identifiers);
}
