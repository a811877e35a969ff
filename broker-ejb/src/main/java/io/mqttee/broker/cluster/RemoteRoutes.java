// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.cluster;

import io.mqttee.broker.routing.RouteTarget;
import io.mqttee.broker.routing.Subscription;
import io.mqttee.broker.routing.TopicTreeRouter;
import io.mqttee.grid.hazelcast.core.EntryAdapter;
import io.mqttee.grid.hazelcast.core.EntryEvent;
import io.mqttee.protocol.packet.QoS;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The other nodes' routes, as a local topic tree whose "clients" are the nodes: a lookup for a
 * topic takes no lock and makes no grid call, and yields each node with a matching filter once, and
 * one node per share group. Kept up to date by the grid's route map events and membership, and
 * repaired against the whole map now and then ({@link #repair}), since a map filled in bulk (a node
 * joining, halves of a cluster merging) sends no events.
 */
final class RemoteRoutes extends EntryAdapter<String, String> {
  private final Supplier<UUID> self;
  private final TopicTreeRouter routes = new TopicTreeRouter();
  private final Set<String> known = ConcurrentHashMap.newKeySet();
  private final Set<UUID> departed = ConcurrentHashMap.newKeySet();
  private Set<String> missingBefore = Set.of(); // guarded by repair's caller, one at a time

  RemoteRoutes(Supplier<UUID> self) {
    this.self = self;
  }

  /** A node (re)joined: after a partition heals, a member this node saw leave comes back. */
  void memberJoined(UUID member) {
    departed.remove(member);
  }

  /** A node left or died: none of its routes holds any more, and none of its late events. */
  void memberLeft(UUID member) {
    departed.add(member);
    routes.unsubscribeAll(member.toString());
    known.removeIf(key -> RouteKey.isOf(key, member));
  }

  void add(String encoded) {
    RouteKey key = RouteKey.parse(encoded);
    if (key.member().equals(self.get()) || departed.contains(key.member())) {
      return;
    }
    known.add(encoded);
    routes.subscribe(
        new Subscription(
            key.member().toString(),
            key.topicFilter(),
            key.shareGroup(),
            QoS.EXACTLY_ONCE,
            false,
            false,
            0,
            0));
  }

  void remove(String encoded) {
    RouteKey key = RouteKey.parse(encoded);
    known.remove(encoded);
    routes.unsubscribe(key.member().toString(), key.topicFilter(), key.shareGroup());
  }

  /**
   * Brings the tree in line with the route map's keys: adds what is missing at once, and removes a
   * route only when the map lacked it at the previous repair too, so that a route added while the
   * keys were read is not dropped.
   */
  void repair(Set<String> inMap) {
    inMap.forEach(
        key -> {
          if (!known.contains(key)) {
            add(key);
          }
        });
    Set<String> missing = new HashSet<>();
    for (String key : known) {
      if (!inMap.contains(key)) {
        if (missingBefore.contains(key)) {
          remove(key);
        } else {
          missing.add(key);
        }
      }
    }
    missingBefore = missing;
  }

  /** Calls {@code target} once per node with a matching route, one node per share group. */
  void route(String topic, RouteTarget target) {
    routes.route(topic, target);
  }

  /** How many routes of other nodes are known. */
  int size() {
    return routes.subscriptionCount();
  }

  @Override
  public void entryAdded(EntryEvent<String, String> event) {
    add(event.getKey());
  }

  @Override
  public void entryUpdated(EntryEvent<String, String> event) {
    add(event.getKey());
  }

  @Override
  public void entryRemoved(EntryEvent<String, String> event) {
    remove(event.getKey());
  }

  @Override
  public void entryEvicted(EntryEvent<String, String> event) {
    remove(event.getKey());
  }
}
