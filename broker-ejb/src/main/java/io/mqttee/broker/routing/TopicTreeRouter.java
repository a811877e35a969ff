// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.routing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The in-memory topic tree of one broker node. Filters are split on '/' into levels (empty levels
 * count: {@code a//b}, {@code /a}); '+' and '#' are tree levels of their own. Routing walks the
 * tree without locks; subscribe and unsubscribe lock only the node they change, and remove nodes
 * that become empty.
 *
 * <p>Filters are not validated here: the session layer validates them before subscribing. Subscribe
 * and unsubscribe calls of one client are expected in order (one lane per client), as the
 * per-client index relies on it.
 */
public final class TopicTreeRouter implements Router {
  private static final String SINGLE = "+";
  private static final String MULTI = "#";

  private final TopicNode root = new TopicNode(null, "");
  private final ConcurrentHashMap<String, Set<FilterKey>> filtersByClient =
      new ConcurrentHashMap<>();
  private final AtomicInteger count = new AtomicInteger();

  /** A client's subscription as the per-client index knows it. */
  private record FilterKey(String topicFilter, String shareGroup) {}

  @Override
  public boolean subscribe(Subscription subscription) {
    String[] levels = levels(subscription.topicFilter());
    TopicNode.Added added;
    do {
      added = TopicNode.Added.DETACHED;
      TopicNode node = root;
      for (int i = 0; i < levels.length && node != null; i++) {
        node = node.childOrCreate(levels[i]);
      }
      if (node != null) {
        added = node.add(subscription);
      }
    } while (added == TopicNode.Added.DETACHED);
    FilterKey key = new FilterKey(subscription.topicFilter(), subscription.shareGroup());
    filtersByClient.compute(
        subscription.clientId(),
        (client, keys) -> {
          Set<FilterKey> set = keys == null ? new HashSet<>() : keys;
          set.add(key);
          return set;
        });
    if (added == TopicNode.Added.NEW) {
      count.incrementAndGet();
      return false;
    }
    return true;
  }

  @Override
  public boolean unsubscribe(String clientId, String topicFilter, String shareGroup) {
    if (!removeFromTree(clientId, topicFilter, shareGroup)) {
      return false;
    }
    FilterKey key = new FilterKey(topicFilter, shareGroup);
    filtersByClient.computeIfPresent(
        clientId,
        (client, keys) -> {
          keys.remove(key);
          return keys.isEmpty() ? null : keys;
        });
    return true;
  }

  @Override
  public void unsubscribeAll(String clientId) {
    Set<FilterKey> keys = filtersByClient.remove(clientId);
    if (keys != null) {
      for (FilterKey key : keys) {
        removeFromTree(clientId, key.topicFilter(), key.shareGroup());
      }
    }
  }

  @Override
  public void route(String topic, RouteTarget target) {
    String[] levels = levels(topic);
    SessionMatches sessions = new SessionMatches();
    List<Subscription> shared = new ArrayList<>(0);
    // MQTT-4.7.2-1: a first-level wildcard does not match a topic beginning with '$'.
    boolean wildcardsAtRoot = topic.isEmpty() || topic.charAt(0) != '$';
    collect(root, levels, 0, wildcardsAtRoot, sessions, shared);
    sessions.deliverTo(target);
    for (Subscription member : shared) {
      target.deliver(member, SessionMatches.identifiersOf(member));
    }
  }

  @Override
  public int subscriptionCount() {
    return count.get();
  }

  private void collect(
      TopicNode node,
      String[] levels,
      int depth,
      boolean wildcards,
      SessionMatches sessions,
      List<Subscription> shared) {
    if (wildcards) {
      // "sport/#" matches "sport" as well as everything below it (MQTT 4.7.1.2).
      TopicNode multi = node.child(MULTI);
      if (multi != null) {
        take(multi, sessions, shared);
      }
    }
    if (depth == levels.length) {
      take(node, sessions, shared);
      return;
    }
    TopicNode exact = node.child(levels[depth]);
    if (exact != null) {
      collect(exact, levels, depth + 1, true, sessions, shared);
    }
    if (wildcards) {
      TopicNode single = node.child(SINGLE);
      if (single != null) {
        collect(single, levels, depth + 1, true, sessions, shared);
      }
    }
  }

  private static void take(TopicNode node, SessionMatches sessions, List<Subscription> shared) {
    sessions.addAll(node.subscribers());
    for (ShareGroup group : node.shareGroups()) {
      Subscription member = group.next();
      if (member != null) {
        shared.add(member);
      }
    }
  }

  private boolean removeFromTree(String clientId, String topicFilter, String shareGroup) {
    TopicNode node = root;
    for (String level : levels(topicFilter)) {
      node = node.child(level);
      if (node == null) {
        return false;
      }
    }
    if (!node.remove(clientId, shareGroup)) {
      return false;
    }
    count.decrementAndGet();
    while (node != null) {
      node = node.detachIfEmpty();
    }
    return true;
  }

  private static String[] levels(String topic) {
    return topic.split("/", -1);
  }
}
