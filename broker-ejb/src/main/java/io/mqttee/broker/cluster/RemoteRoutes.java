// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.cluster;

import io.mqttee.broker.routing.RouteTarget;
import io.mqttee.broker.routing.Subscription;
import io.mqttee.broker.routing.TopicTreeRouter;
import io.mqttee.grid.hazelcast.core.EntryAdapter;
import io.mqttee.grid.hazelcast.core.EntryEvent;
import io.mqttee.protocol.packet.QoS;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The other nodes' routes, as a local topic tree whose "clients" are the nodes: a lookup for a
 * topic takes no lock and makes no grid call, and yields each node with a matching filter once, and
 * one node per share group. Kept up to date by the grid's route map events and membership.
 */
final class RemoteRoutes extends EntryAdapter<String, String> {
  private final UUID self;
  private final TopicTreeRouter routes = new TopicTreeRouter();
  private final Set<UUID> members = ConcurrentHashMap.newKeySet();

  RemoteRoutes(UUID self) {
    this.self = self;
  }

  void memberJoined(UUID member) {
    members.add(member);
  }

  /** A node left or died: none of its routes holds any more. */
  void memberLeft(UUID member) {
    members.remove(member);
    routes.unsubscribeAll(member.toString());
  }

  void add(String encoded) {
    RouteKey key = RouteKey.parse(encoded);
    // a late event of a node that is gone must not bring its routes back
    if (!key.member().equals(self) && members.contains(key.member())) {
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
  }

  void remove(String encoded) {
    RouteKey key = RouteKey.parse(encoded);
    routes.unsubscribe(key.member().toString(), key.topicFilter(), key.shareGroup());
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
