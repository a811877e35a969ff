// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.retained;

import io.mqttee.broker.config.BrokerConfig;
import io.mqttee.broker.store.MessageStore;
import io.mqttee.broker.store.StoreSnapshot.RetainedEntry;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.topic.TopicNames;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Retained messages in a topic tree, so that a subscription visits only the topics its filter can
 * match. Changes are written to the {@link MessageStore}, except for {@code $SYS/} topics, which
 * the broker republishes every interval. Expired messages are never delivered; they are removed
 * when a subscription meets them or by {@link #purgeExpired}.
 */
public final class RetainedMessageTree implements RetainedMessages {
  private static final String SINGLE = "+";
  private static final String MULTI = "#";

  private final MessageStore store;
  private final long defaultExpirySeconds;
  private final Clock clock;
  private final RetainedNode root = new RetainedNode(null, "");
  private final AtomicInteger count = new AtomicInteger();

  public RetainedMessageTree(MessageStore store, BrokerConfig config) {
    this(store, config.retainedExpirySeconds(), Clock.systemUTC());
  }

  /**
   * @param defaultExpirySeconds lifetime of messages without a Message Expiry Interval, 0 for none
   */
  public RetainedMessageTree(MessageStore store, long defaultExpirySeconds, Clock clock) {
    this.store = store;
    this.defaultExpirySeconds = defaultExpirySeconds;
    this.clock = clock;
  }

  /**
   * Loads the messages the store kept, at start-up; expired ones, and ones on topics the broker now
   * refuses, are dropped from the store.
   */
  public void restore(List<RetainedEntry> entries) {
    long now = clock.millis();
    for (RetainedEntry e : entries) {
      if (RetainedExpiry.expired(e.expiresAtMillis(), now)
          || !TopicNames.isValid(e.message().topic())) {
        // expired, or kept by an older version that still took control characters in topics
        store.retainedRemoved(e.message().topic());
      } else {
        put(e, () -> {});
      }
    }
  }

  @Override
  public boolean apply(Publish retainedPublish) {
    return apply(retainedPublish, !retainedPublish.topic().startsWith("$SYS/"));
  }

  @Override
  public boolean applyUnstored(Publish retainedPublish) {
    apply(retainedPublish, false);
    return false;
  }

  private boolean apply(Publish retainedPublish, boolean persistent) {
    String topic = retainedPublish.topic();
    if (retainedPublish.payload().length == 0) {
      // MQTT-3.3.1-10, MQTT-3.3.1-11: an empty payload clears the topic and is not retained
      clear(topic, persistent);
      return persistent;
    }
    long expiresAt =
        RetainedExpiry.expiresAt(retainedPublish, clock.millis(), defaultExpirySeconds);
    RetainedEntry entry = new RetainedEntry(retainedPublish, expiresAt);
    put(
        entry,
        () -> {
          if (persistent) {
            store.retainedSaved(retainedPublish, expiresAt);
          }
        });
    return persistent;
  }

  @Override
  public void forEachMatching(String topicFilter, Consumer<Publish> target) {
    String[] levels = topicFilter.split("/", -1);
    visit(root, levels, 0, clock.millis(), target);
  }

  /**
   * Calls {@code action} with every unexpired retained message, {@code $} topics included, in no
   * particular order, without a lock: messages set or cleared meanwhile may or may not be seen.
   */
  public void forEach(Consumer<RetainedEntry> action) {
    long now = clock.millis();
    visitAll(
        root,
        (node, entry) -> {
          if (!RetainedExpiry.expired(entry.expiresAtMillis(), now)) {
            action.accept(entry);
          }
        });
  }

  /** The unexpired retained message of a topic, or null. */
  public RetainedEntry get(String topic) {
    RetainedNode node = root;
    for (String level : topic.split("/", -1)) {
      node = node.child(level);
      if (node == null) {
        return null;
      }
    }
    RetainedEntry entry = node.entry();
    return entry == null || RetainedExpiry.expired(entry.expiresAtMillis(), clock.millis())
        ? null
        : entry;
  }

  /** Includes expired messages that no subscription met and no purge removed yet. */
  @Override
  public int count() {
    return count.get();
  }

  /** Removes every message expired at {@code nowMillis}; returns how many. */
  public int purgeExpired(long nowMillis) {
    int[] removed = {0};
    visitAll(
        root,
        (node, entry) -> {
          if (RetainedExpiry.expired(entry.expiresAtMillis(), nowMillis)) {
            removed[0] += removeExpired(node, entry);
          }
        });
    return removed[0];
  }

  private void put(RetainedEntry entry, Runnable onChange) {
    String[] levels = entry.message().topic().split("/", -1);
    RetainedNode.Stored outcome;
    do {
      outcome = RetainedNode.Stored.DETACHED;
      RetainedNode node = root;
      for (int i = 0; i < levels.length && node != null; i++) {
        node = node.childOrCreate(levels[i]);
      }
      if (node != null) {
        outcome = node.set(entry, onChange);
      }
    } while (outcome == RetainedNode.Stored.DETACHED);
    if (outcome == RetainedNode.Stored.ADDED) {
      count.incrementAndGet();
    }
  }

  private void clear(String topic, boolean persistent) {
    RetainedNode node = root;
    for (String level : topic.split("/", -1)) {
      node = node.child(level);
      if (node == null) {
        return;
      }
    }
    RetainedEntry removed =
        node.clear(
            null,
            e -> {
              if (persistent) {
                store.retainedRemoved(topic);
              }
            });
    if (removed != null) {
      count.decrementAndGet();
      detachEmpty(node);
    }
  }

  private int removeExpired(RetainedNode node, RetainedEntry expired) {
    String topic = expired.message().topic();
    RetainedEntry removed =
        node.clear(
            expired,
            e -> {
              if (!topic.startsWith("$SYS/")) {
                store.retainedRemoved(topic);
              }
            });
    if (removed == null) {
      return 0;
    }
    count.decrementAndGet();
    detachEmpty(node);
    return 1;
  }

  private static void detachEmpty(RetainedNode node) {
    RetainedNode next = node;
    while (next != null) {
      next = next.detachIfEmpty();
    }
  }

  private void visit(
      RetainedNode node, String[] levels, int depth, long now, Consumer<Publish> target) {
    if (depth == levels.length) {
      deliver(node, node.entry(), now, target);
      return;
    }
    String level = levels[depth];
    boolean atRoot = depth == 0;
    if (MULTI.equals(level)) {
      // "sport/#" matches "sport" as well as everything below it (MQTT 4.7.1.2)
      if (!atRoot) {
        deliver(node, node.entry(), now, target);
      }
      for (RetainedNode child : node.children()) {
        if (!(atRoot && isDollar(child))) {
          visitAll(child, (n, e) -> deliver(n, e, now, target));
        }
      }
    } else if (SINGLE.equals(level)) {
      for (RetainedNode child : node.children()) {
        if (!(atRoot && isDollar(child))) {
          visit(child, levels, depth + 1, now, target);
        }
      }
    } else {
      RetainedNode child = node.child(level);
      if (child != null) {
        visit(child, levels, depth + 1, now, target);
      }
    }
  }

  private void deliver(RetainedNode node, RetainedEntry entry, long now, Consumer<Publish> target) {
    if (entry == null) {
      return;
    }
    if (RetainedExpiry.expired(entry.expiresAtMillis(), now)) {
      removeExpired(node, entry);
      return;
    }
    target.accept(RetainedExpiry.forDelivery(entry.message(), entry.expiresAtMillis(), now));
  }

  /** Calls {@code action} for the entry of the node and of every node below it. */
  private static void visitAll(RetainedNode node, BiConsumer<RetainedNode, RetainedEntry> action) {
    RetainedEntry entry = node.entry();
    if (entry != null) {
      action.accept(node, entry);
    }
    for (RetainedNode child : node.children()) {
      visitAll(child, action);
    }
  }

  /** MQTT-4.7.2-1: a first-level wildcard does not match a topic beginning with '$'. */
  private static boolean isDollar(RetainedNode node) {
    return node.level().startsWith("$");
  }
}
