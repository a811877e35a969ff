// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.routing;

import java.util.ArrayList;
import java.util.List;

/** Keeps every delivery a route call makes. */
final class RecordingTarget implements RouteTarget {
  record Delivery(Subscription best, int[] identifiers) {}

  final List<Delivery> deliveries = new ArrayList<>();

  @Override
  public void deliver(Subscription best, int[] identifiers) {
    deliveries.add(new Delivery(best, identifiers.clone()));
  }

  List<String> clients() {
    return deliveries.stream().map(d -> d.best().clientId()).sorted().toList();
  }
}
