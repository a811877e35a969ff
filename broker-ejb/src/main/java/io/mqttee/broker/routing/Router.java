// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.routing;

import java.util.List;
import java.util.function.Consumer;

/**
 * Finds the sessions a published topic goes to. The seam for clustering: the in-memory topic tree
 * serves one node; a data-grid implementation can serve several behind the same interface.
 * Thread-safe: subscribe and match run concurrently from every worker lane.
 */
public interface Router {

  /** Adds or replaces (same client, same filter) a subscription; true when it replaced one. */
  boolean subscribe(Subscription subscription);

  /** Removes one subscription; true when it existed. */
  boolean unsubscribe(String clientId, String topicFilter, String shareGroup);

  /** Removes every subscription of a session. */
  void unsubscribeAll(String clientId);

  /**
   * Calls {@code target} once per session the topic reaches: a session with several matching
   * subscriptions gets one call with the highest QoS among them (MQTT-3.3.5-1); a share group gets
   * one call for one of its members. Wildcards at the first level do not match topics that begin
   * with '$' (MQTT-4.7.2-1).
   */
  void route(String topic, RouteTarget target);

  /** Number of subscriptions held, for $SYS. */
  int subscriptionCount();

  /**
   * Calls {@code action} with every subscription, in no particular order, without a lock that
   * subscribe or route wait for: subscriptions added or removed meanwhile may or may not be seen.
   */
  void forEachSubscription(Consumer<Subscription> action);

  /** The subscriptions of one session, in no particular order; weakly consistent as above. */
  List<Subscription> subscriptionsOf(String clientId);
}
