// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.routing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The in-memory topic tree of one broker node. Filters are split on '/' into levels (empty levels
 * count: {@code a//b}, {@code /a}); '+' and '#' are tree levels of their own. Routing walks the
 * tree without locks; subscribe and unsubscribe lock only the node they change, and remove nodes
 * that become empty.
 *
 * <p>Filters are not validated here: the session layer validates them before subscribing. A
 * client's subscribe and unsubscribe calls change the tree and the per-client index together, under
 * that client's index entry, so they may come from its lane and from an administrator.
 */
public final class TopicTreeRouter implements Router {
  private static final String SINGLE = "+";
  private static final String MULTI = "#";

  private final TopicNode root = new TopicNode(null, "");
  private final ConcurrentHashMap<String, Set<FilterKey>> filtersByClient =
      new ConcurrentHashMap<>();
  private final AtomicInteger count = new AtomicInteger();

  @Override
  public boolean subscribe(Subscription subscription) {
    FilterKey key = new FilterKey(subscription.topicFilter(), subscription.shareGroup());
    boolean[] replaced = {false};
    // the tree and the client's index change together under the index entry's lock: a client's
    // own lane and an administrator may change its subscriptions at the same time
    filtersByClient.compute(
        subscription.clientId(),
        (client, keys) -> {
          replaced[0] = addToTree(subscription);
          return ClientFilterKeys.with(keys, key);
        });
    if (!replaced[0]) {
      count.incrementAndGet();
    }
    return replaced[0];
  }

  @Override
  public boolean unsubscribe(String clientId, String topicFilter, String shareGroup) {
    FilterKey key = new FilterKey(topicFilter, shareGroup);
    boolean[] removed = {false};
    filtersByClient.computeIfPresent(
        clientId,
        (client, keys) -> {
          removed[0] = removeFromTree(clientId, topicFilter, shareGroup);
          return ClientFilterKeys.without(keys, key);
        });
    return removed[0];
  }

  @Override
  public void unsubscribeAll(String clientId) {
    filtersByClient.computeIfPresent(
        clientId,
        (client, keys) -> {
          for (FilterKey key : keys) {
            removeFromTree(clientId, key.topicFilter(), key.shareGroup());
          }
          return null;
        });
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

  @Override
  public void forEachSubscription(Consumer<Subscription> action) {
    Deque<TopicNode> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      TopicNode node = pending.pop();
      for (Subscription s : node.subscribers()) {
        action.accept(s);
      }
      for (ShareGroup group : node.shareGroups()) {
        for (Subscription member : group.members()) {
          action.accept(member);
        }
      }
      node.children().forEach(pending::push);
    }
  }

  @Override
  public List<Subscription> subscriptionsOf(String clientId) {
    // the set may be a HashSet changed in place: copy it under its entry's lock
    List<FilterKey> keys = new ArrayList<>();
    filtersByClient.computeIfPresent(
        clientId,
        (client, current) -> {
          keys.addAll(current);
          return current;
        });
    List<Subscription> found = new ArrayList<>(keys.size());
    for (FilterKey key : keys) {
      TopicNode node = find(key.topicFilter());
      Subscription s = node == null ? null : node.subscriptionOf(clientId, key.shareGroup());
      if (s != null) {
        found.add(s);
      }
    }
    return found;
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

  /** Adds the subscription to the tree; true when it replaced the client's one. */
  private boolean addToTree(Subscription subscription) {
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
    return added == TopicNode.Added.REPLACED;
  }

  /** The node where the filter ends, or null when no subscription ends there. */
  private TopicNode find(String topicFilter) {
    TopicNode node = root;
    for (String level : levels(topicFilter)) {
      node = node.child(level);
      if (node == null) {
        return null;
      }
    }
    return node;
  }

  private boolean removeFromTree(String clientId, String topicFilter, String shareGroup) {
    TopicNode node = find(topicFilter);
    if (node == null || !node.remove(clientId, shareGroup)) {
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
