// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The ordinary subscriptions one topic matched, merged per session: one delivery with the highest
 * QoS and every subscription identifier of the session (MQTT-3.3.5-1, MQTT 5 section 3.3.4). The
 * common case of one match per session needs no grouping.
 */
final class SessionMatches {
  private static final int[] NO_IDENTIFIERS = new int[0];
  private static final Comparator<Subscription> BY_CLIENT =
      Comparator.comparing(Subscription::clientId);

  private final List<Subscription> matches = new ArrayList<>();

  void addAll(Subscription[] subscriptions) {
    for (Subscription s : subscriptions) {
      matches.add(s);
    }
  }

  void deliverTo(RouteTarget target) {
    int size = matches.size();
    if (size == 1) {
      Subscription only = matches.get(0);
      target.deliver(only, identifiersOf(only));
      return;
    }
    matches.sort(BY_CLIENT);
    int start = 0;
    while (start < size) {
      int end = start + 1;
      String clientId = matches.get(start).clientId();
      while (end < size && matches.get(end).clientId().equals(clientId)) {
        end++;
      }
      if (end - start == 1) {
        target.deliver(matches.get(start), identifiersOf(matches.get(start)));
      } else {
        deliverMerged(start, end, target);
      }
      start = end;
    }
  }

  private void deliverMerged(int start, int end, RouteTarget target) {
    Subscription best = matches.get(start);
    int[] identifiers = new int[end - start];
    int count = 0;
    for (int i = start; i < end; i++) {
      Subscription s = matches.get(i);
      if (s.maxQos().value() > best.maxQos().value()) {
        best = s;
      }
      if (s.identifier() != 0) {
        identifiers[count++] = s.identifier();
      }
    }
    target.deliver(best, count == identifiers.length ? identifiers : copyOf(identifiers, count));
  }

  /** The identifiers of a share group's chosen member or of a lone match. */
  static int[] identifiersOf(Subscription subscription) {
    return subscription.identifier() == 0 ? NO_IDENTIFIERS : new int[] {subscription.identifier()};
  }

  private static int[] copyOf(int[] identifiers, int count) {
    return count == 0 ? NO_IDENTIFIERS : Arrays.copyOf(identifiers, count);
  }
}
