// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.routing;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The members of one shared subscription ({@code $share/{group}/{filter}}): each message goes to
 * one of them, in turn (MQTT 5 section 4.8.2). Mutated only under the owning node's lock; read
 * without locks.
 */
final class ShareGroup {
  private static final Subscription[] NONE = new Subscription[0];

  private final AtomicInteger cursor = new AtomicInteger();
  private volatile Subscription[] members = NONE;

  /** Adds or replaces the client's membership; true when it replaced one. */
  boolean put(Subscription subscription) {
    Subscription[] current = members;
    int at = indexOf(current, subscription.clientId());
    if (at >= 0) {
      Subscription[] copy = current.clone();
      copy[at] = subscription;
      members = copy;
      return true;
    }
    Subscription[] copy = Arrays.copyOf(current, current.length + 1);
    copy[current.length] = subscription;
    members = copy;
    return false;
  }

  /** Removes the client's membership; true when it was a member. */
  boolean remove(String clientId) {
    Subscription[] current = members;
    int at = indexOf(current, clientId);
    if (at < 0) {
      return false;
    }
    members = TopicNode.without(current, at);
    return true;
  }

  /** The members now; the array is never changed. */
  Subscription[] members() {
    return members;
  }

  boolean isEmpty() {
    return members.length == 0;
  }

  /** The next member in round-robin order, or null when the group has none. */
  Subscription next() {
    Subscription[] current = members;
    if (current.length == 0) {
      return null;
    }
    return current[Math.floorMod(cursor.getAndIncrement(), current.length)];
  }

  static int indexOf(Subscription[] subscriptions, String clientId) {
    for (int i = 0; i < subscriptions.length; i++) {
      if (subscriptions[i].clientId().equals(clientId)) {
        return i;
      }
    }
    return -1;
  }
}
