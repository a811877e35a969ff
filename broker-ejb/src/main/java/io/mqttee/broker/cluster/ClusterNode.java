// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.cluster;

import io.mqttee.broker.admin.NodeView;
import io.mqttee.broker.publish.PublishService;
import io.mqttee.broker.routing.AnnouncingRouter;
import io.mqttee.broker.routing.Router;
import io.mqttee.broker.store.MessageStore;
import io.mqttee.grid.hazelcast.cluster.Cluster;
import io.mqttee.grid.hazelcast.cluster.InitialMembershipEvent;
import io.mqttee.grid.hazelcast.cluster.InitialMembershipListener;
import io.mqttee.grid.hazelcast.cluster.Member;
import io.mqttee.grid.hazelcast.cluster.MembershipEvent;
import io.mqttee.grid.hazelcast.core.Hazelcast;
import io.mqttee.grid.hazelcast.core.HazelcastInstance;
import io.mqttee.grid.hazelcast.replicatedmap.ReplicatedMap;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;

/**
 * This broker as a member of a cluster, on a Hazelcast data grid embedded in the application:
 * membership, the replicated route map and the forwarding of messages between nodes. The broker
 * sees only grid-free seams ({@link Router}, {@link io.mqttee.broker.publish.PeerForwarding}).
 */
public final class ClusterNode {
  private static final Logger LOG = System.getLogger(ClusterNode.class.getName());

  private final HazelcastInstance grid;
  private final UUID self;
  private final RemoteRoutes remoteRoutes;
  private final RouteAnnouncer announcer;
  private final PeerForwarder forwarder;

  private ClusterNode(HazelcastInstance grid, Executor threads) {
    this.grid = grid;
    this.self = grid.getCluster().getLocalMember().getUuid();
    ReplicatedMap<String, String> routes = grid.getReplicatedMap(GridConfig.ROUTE_MAP);
    this.remoteRoutes = new RemoteRoutes(self);
    this.announcer = new RouteAnnouncer(routes, self, threads);
    this.forwarder =
        new PeerForwarder(remoteRoutes, grid.getExecutorService(GridConfig.FORWARD_EXECUTOR));
    grid.getCluster().addMembershipListener(new Membership());
    routes.addEntryListener(remoteRoutes);
    routes.keySet().forEach(remoteRoutes::add);
  }

  /**
   * Starts this node's grid member and joins the cluster the settings name.
   *
   * @param threads where route changes are written to the grid, one at a time
   */
  public static ClusterNode join(ClusterSettings settings, Executor threads) {
    HazelcastInstance grid = Hazelcast.newHazelcastInstance(GridConfig.of(settings));
    ClusterNode node = new ClusterNode(grid, threads);
    LOG.log(
        Level.INFO,
        "cluster {0}: joined as {1}, members {2}",
        settings.name(),
        node.self,
        node.nodes());
    return node;
  }

  /** A router that announces this node's routes to the cluster; routing stays {@code local}. */
  public Router routing(Router local) {
    return new AnnouncingRouter(local, announcer);
  }

  /**
   * Takes messages from the other nodes into {@code publisher}, and forwards those published here
   * to them; call once the broker is built.
   */
  public void serve(PublishService publisher, MessageStore store) {
    grid.getUserContext().put(ForwardReceiver.KEY, new ForwardReceiver(publisher, store));
    publisher.forwardTo(forwarder);
  }

  /** The members, this node first. */
  public List<NodeView> nodes() {
    Cluster cluster = grid.getCluster();
    return cluster.getMembers().stream()
        .sorted((a, b) -> Boolean.compare(b.localMember(), a.localMember()))
        .map(
            m ->
                new NodeView(
                    m.getUuid().toString(),
                    m.getAddress().getHost() + ":" + m.getAddress().getPort(),
                    m.localMember()))
        .toList();
  }

  /** The cluster's $SYS values: {@code $SYS/broker/cluster/nodes} and the routes known. */
  public Map<String, String> sysValues() {
    return Map.of(
        "$SYS/broker/cluster/nodes",
        Integer.toString(grid.getCluster().getMembers().size()),
        "$SYS/broker/cluster/routes/remote",
        Integer.toString(remoteRoutes.size()));
  }

  /** How many routes of other nodes this node knows. */
  public int remoteRouteCount() {
    return remoteRoutes.size();
  }

  /** Leaves the cluster: the others drop this node's routes as it goes. */
  public void leave() {
    grid.shutdown();
  }

  /** Keeps the routes and links in step with the members. */
  private final class Membership implements InitialMembershipListener {
    @Override
    public void init(InitialMembershipEvent event) {
      event.getMembers().forEach(this::joined);
    }

    @Override
    public void memberAdded(MembershipEvent event) {
      joined(event.getMember());
    }

    @Override
    public void memberRemoved(MembershipEvent event) {
      UUID gone = event.getMember().getUuid();
      remoteRoutes.memberLeft(gone);
      forwarder.memberLeft(gone);
      if (isOldest()) {
        announcer.forget(gone);
      }
      LOG.log(Level.INFO, "cluster: member {0} left; members now {1}", gone, nodes());
    }

    private void joined(Member member) {
      if (!member.localMember()) {
        remoteRoutes.memberJoined(member.getUuid());
        forwarder.memberJoined(member);
      }
    }

    private boolean isOldest() {
      return grid.getCluster().getMembers().iterator().next().localMember();
    }
  }
}
