// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.cluster;

import io.mqttee.broker.routing.RouteListener;
import io.mqttee.grid.hazelcast.replicatedmap.ReplicatedMap;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Writes this node's routes into the grid's route map, off the lanes: the grid call of each change
 * runs on a serial executor, in the order of the changes.
 */
final class RouteAnnouncer implements RouteListener {
  private final ReplicatedMap<String, String> routes;
  private final Supplier<UUID> self;
  private final Executor serial;

  RouteAnnouncer(ReplicatedMap<String, String> routes, Supplier<UUID> self, Executor threads) {
    this.routes = routes;
    this.self = self;
    this.serial = new SerialExecutor(threads);
  }

  @Override
  public void routeAdded(String topicFilter, String shareGroup) {
    serial.execute(() -> routes.put(key(topicFilter, shareGroup), self.get().toString()));
  }

  @Override
  public void routeRemoved(String topicFilter, String shareGroup) {
    serial.execute(() -> routes.remove(key(topicFilter, shareGroup)));
  }

  private String key(String topicFilter, String shareGroup) {
    return new RouteKey(self.get(), topicFilter, shareGroup).encoded();
  }

  /** Runs {@code task} once the route changes made so far are written to the grid. */
  void afterAnnounced(Runnable task) {
    serial.execute(task);
  }

  /** Removes the routes of a node that died; one node does it for the cluster. */
  /** The members that routes in the map belong to. */
  Set<UUID> routedMembers() {
    Set<UUID> members = new HashSet<>();
    routes.keySet().forEach(key -> members.add(RouteKey.parse(key).member()));
    return members;
  }

  void forget(UUID member) {
    serial.execute(
        () -> {
          for (String key : routes.keySet()) {
            if (RouteKey.isOf(key, member)) {
              routes.remove(key);
            }
          }
        });
  }

  /**
   * In turn with the changes: puts this node's routes that the map lacks (lost with a member that
   * held them, or with a merge after a partition, or under another id this node had before) and
   * removes its keys that no route stands for; then hands the map's keys to {@code others}.
   *
   * @param local calls its argument with each route of this node (filter, share group)
   */
  void repair(Consumer<BiConsumer<String, String>> local, Consumer<Set<String>> others) {
    serial.execute(
        () -> {
          Set<String> wanted = new HashSet<>();
          local.accept((filter, group) -> wanted.add(key(filter, group)));
          Set<String> inMap = new HashSet<>(routes.keySet());
          UUID me = self.get();
          for (String key : wanted) {
            if (!inMap.contains(key)) {
              routes.put(key, me.toString());
              inMap.add(key);
            }
          }
          for (String key : Set.copyOf(inMap)) {
            if (RouteKey.isOf(key, me) && !wanted.contains(key)) {
              routes.remove(key);
              inMap.remove(key);
            }
          }
          others.accept(inMap);
        });
  }
}
