// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.cluster;

import io.mqttee.broker.routing.RouteListener;
import io.mqttee.grid.hazelcast.replicatedmap.ReplicatedMap;
import java.util.UUID;
import java.util.concurrent.Executor;

/**
 * Writes this node's routes into the grid's route map, off the lanes: the grid call of each change
 * runs on a serial executor, in the order of the changes.
 */
final class RouteAnnouncer implements RouteListener {
  private final ReplicatedMap<String, String> routes;
  private final UUID self;
  private final Executor serial;

  RouteAnnouncer(ReplicatedMap<String, String> routes, UUID self, Executor threads) {
    this.routes = routes;
    this.self = self;
    this.serial = new SerialExecutor(threads);
  }

  @Override
  public void routeAdded(String topicFilter, String shareGroup) {
    String key = new RouteKey(self, topicFilter, shareGroup).encoded();
    serial.execute(() -> routes.put(key, self.toString()));
  }

  @Override
  public void routeRemoved(String topicFilter, String shareGroup) {
    String key = new RouteKey(self, topicFilter, shareGroup).encoded();
    serial.execute(() -> routes.remove(key));
  }

  /** Removes the routes of a node that died; one node does it for the cluster. */
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
}
