// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.routing;

import java.util.Arrays;
import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One level of the topic tree: the subscriptions whose filter ends here and the children for the
 * next level. Readers take no lock: subscriber arrays are copied on write and children live in a
 * concurrent map. Writers lock the node they change.
 *
 * <p>A node is detached from its parent once it holds nothing. Children are only created under the
 * parent's lock and a node only detaches under its own lock when it has no children, so a node that
 * is not detached is always reachable from the root; a writer that finds its node detached starts
 * again from the root.
 */
final class TopicNode {
  static final Subscription[] NONE = new Subscription[0];

  /** Outcome of {@link #add}. */
  enum Added {
    NEW,
    REPLACED,
    DETACHED
  }

  private final TopicNode parent;
  private final String level;
  private final ConcurrentHashMap<String, TopicNode> children = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, ShareGroup> shareGroups = new ConcurrentHashMap<>();
  private volatile Subscription[] subscribers = NONE;
  private boolean detached; // guarded by this

  TopicNode(TopicNode parent, String level) {
    this.parent = parent;
    this.level = level;
  }

  TopicNode child(String childLevel) {
    return children.get(childLevel);
  }

  /** The child for the level, created when missing; null when this node has been detached. */
  TopicNode childOrCreate(String childLevel) {
    TopicNode existing = children.get(childLevel);
    if (existing != null) {
      return existing;
    }
    synchronized (this) {
      if (detached) {
        return null;
      }
      return children.computeIfAbsent(childLevel, l -> new TopicNode(this, l));
    }
  }

  synchronized Added add(Subscription subscription) {
    if (detached) {
      return Added.DETACHED;
    }
    if (subscription.shareGroup() != null) {
      boolean replaced =
          shareGroups
              .computeIfAbsent(subscription.shareGroup(), g -> new ShareGroup())
              .put(subscription);
      return replaced ? Added.REPLACED : Added.NEW;
    }
    Subscription[] current = subscribers;
    int at = ShareGroup.indexOf(current, subscription.clientId());
    if (at >= 0) {
      Subscription[] copy = current.clone();
      copy[at] = subscription;
      subscribers = copy;
      return Added.REPLACED;
    }
    Subscription[] copy = Arrays.copyOf(current, current.length + 1);
    copy[current.length] = subscription;
    subscribers = copy;
    return Added.NEW;
  }

  /** Removes the client's subscription (of the share group when not null); true when it existed. */
  synchronized boolean remove(String clientId, String shareGroup) {
    if (shareGroup != null) {
      ShareGroup group = shareGroups.get(shareGroup);
      if (group == null || !group.remove(clientId)) {
        return false;
      }
      if (group.isEmpty()) {
        shareGroups.remove(shareGroup);
      }
      return true;
    }
    Subscription[] current = subscribers;
    int at = ShareGroup.indexOf(current, clientId);
    if (at < 0) {
      return false;
    }
    subscribers = without(current, at);
    return true;
  }

  /**
   * Detaches this node from its parent when it holds no subscription and no child.
   *
   * @return the parent, which may have become empty in turn, or null when nothing was detached
   */
  TopicNode detachIfEmpty() {
    synchronized (this) {
      if (parent == null
          || detached
          || subscribers.length > 0
          || !shareGroups.isEmpty()
          || !children.isEmpty()) {
        return null;
      }
      detached = true;
      parent.children.remove(level, this);
    }
    return parent;
  }

  Subscription[] subscribers() {
    return subscribers;
  }

  Collection<TopicNode> children() {
    return children.values();
  }

  /** The client's subscription ending here (in the share group when not null), or null. */
  Subscription subscriptionOf(String clientId, String shareGroup) {
    Subscription[] candidates;
    if (shareGroup == null) {
      candidates = subscribers;
    } else {
      ShareGroup group = shareGroups.get(shareGroup);
      candidates = group == null ? NONE : group.members();
    }
    int at = ShareGroup.indexOf(candidates, clientId);
    return at < 0 ? null : candidates[at];
  }

  Collection<ShareGroup> shareGroups() {
    return shareGroups.values();
  }

  static Subscription[] without(Subscription[] current, int at) {
    if (current.length == 1) {
      return NONE;
    }
    Subscription[] copy = new Subscription[current.length - 1];
    System.arraycopy(current, 0, copy, 0, at);
    System.arraycopy(current, at + 1, copy, at, current.length - at - 1);
    return copy;
  }
}
