// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.routing;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A router that tells a {@link RouteListener} which filters this node has subscribers to: it counts
 * the subscriptions per filter and share group, and announces the first and the last. Routing
 * itself is the wrapped router's; the count is kept under the map entry's lock, which no lookup
 * takes.
 */
public final class AnnouncingRouter implements Router {
  private final Router local;
  private final RouteListener listener;
  private final ConcurrentHashMap<FilterKey, Integer> subscribers = new ConcurrentHashMap<>();

  public AnnouncingRouter(Router local, RouteListener listener) {
    this.local = local;
    this.listener = listener;
  }

  @Override
  public boolean subscribe(Subscription subscription) {
    boolean replaced = local.subscribe(subscription);
    if (!replaced) {
      counted(new FilterKey(subscription.topicFilter(), subscription.shareGroup()), +1);
    }
    return replaced;
  }

  @Override
  public boolean unsubscribe(String clientId, String topicFilter, String shareGroup) {
    boolean removed = local.unsubscribe(clientId, topicFilter, shareGroup);
    if (removed) {
      counted(new FilterKey(topicFilter, shareGroup), -1);
    }
    return removed;
  }

  @Override
  public void unsubscribeAll(String clientId) {
    for (Subscription s : local.subscriptionsOf(clientId)) {
      unsubscribe(clientId, s.topicFilter(), s.shareGroup());
    }
  }

  private void counted(FilterKey key, int change) {
    subscribers.compute(
        key,
        (k, count) -> {
          int now = (count == null ? 0 : count) + change;
          if (now == 1 && change > 0) {
            listener.routeAdded(k.topicFilter(), k.shareGroup());
          } else if (now == 0) {
            listener.routeRemoved(k.topicFilter(), k.shareGroup());
          }
          return now == 0 ? null : now;
        });
  }

  /** Calls {@code route} with each filter and share group (null if plain) this node has. */
  public void forEachRoute(BiConsumer<String, String> route) {
    subscribers.keySet().forEach(key -> route.accept(key.topicFilter(), key.shareGroup()));
  }

  @Override
  public void route(String topic, RouteTarget target) {
    local.route(topic, target);
  }

  @Override
  public int subscriptionCount() {
    return local.subscriptionCount();
  }

  @Override
  public void forEachSubscription(Consumer<Subscription> action) {
    local.forEachSubscription(action);
  }

  @Override
  public List<Subscription> subscriptionsOf(String clientId) {
    return local.subscriptionsOf(clientId);
  }
}
