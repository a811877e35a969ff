// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.retained;

import io.mqttee.broker.store.StoreSnapshot.RetainedEntry;
import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * One level of the retained-message tree: the message retained for the topic ending here, if any,
 * and the children for the next level. Readers take no lock. Writers lock the node they change;
 * {@code onChange} runs under that lock so that store calls for one topic keep their order.
 *
 * <p>Empty nodes detach from their parent. Children are created only under the parent's lock and a
 * node detaches only under its own lock when it has no children, so a node that is not detached is
 * reachable from the root; a writer that finds its node detached starts again from the root.
 */
final class RetainedNode {
  private final RetainedNode parent;
  private final String level;
  private final ConcurrentHashMap<String, RetainedNode> children = new ConcurrentHashMap<>();
  private volatile RetainedEntry entry;
  private boolean detached; // guarded by this

  RetainedNode(RetainedNode parent, String level) {
    this.parent = parent;
    this.level = level;
  }

  RetainedNode child(String childLevel) {
    return children.get(childLevel);
  }

  Collection<RetainedNode> children() {
    return children.values();
  }

  String level() {
    return level;
  }

  RetainedEntry entry() {
    return entry;
  }

  /** The child for the level, created when missing; null when this node has been detached. */
  RetainedNode childOrCreate(String childLevel) {
    RetainedNode existing = children.get(childLevel);
    if (existing != null) {
      return existing;
    }
    synchronized (this) {
      if (detached) {
        return null;
      }
      return children.computeIfAbsent(childLevel, l -> new RetainedNode(this, l));
    }
  }

  /** Outcome of {@link #set}. */
  enum Stored {
    ADDED,
    REPLACED,
    DETACHED
  }

  /** Replaces the entry; {@link Stored#DETACHED} tells the caller to start again from the root. */
  synchronized Stored set(RetainedEntry replacement, Runnable onChange) {
    if (detached) {
      return Stored.DETACHED;
    }
    RetainedEntry previous = entry;
    entry = replacement;
    onChange.run();
    return previous == null ? Stored.ADDED : Stored.REPLACED;
  }

  /**
   * Clears the entry when it is still {@code expected} (any entry when null).
   *
   * @return the entry removed, or null when there was none
   */
  synchronized RetainedEntry clear(RetainedEntry expected, Consumer<RetainedEntry> onChange) {
    RetainedEntry current = entry;
    if (current == null || (expected != null && current != expected)) {
      return null;
    }
    entry = null;
    onChange.accept(current);
    return current;
  }

  /**
   * Detaches this node from its parent when it holds no entry and no child.
   *
   * @return the parent, which may have become empty in turn, or null when nothing was detached
   */
  RetainedNode detachIfEmpty() {
    synchronized (this) {
      if (parent == null || detached || entry != null || !children.isEmpty()) {
        return null;
      }
      detached = true;
      parent.children.remove(level, this);
    }
    return parent;
  }
}
