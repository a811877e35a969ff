// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.cluster;

import io.mqttee.broker.admin.ClientAdmin;
import io.mqttee.broker.admin.NodeView;
import io.mqttee.broker.publish.PublishService;
import io.mqttee.broker.routing.AnnouncingRouter;
import io.mqttee.broker.routing.Router;
import io.mqttee.broker.session.SessionHandOver;
import io.mqttee.broker.store.MessageStore;
import io.mqttee.grid.hazelcast.cluster.Cluster;
import io.mqttee.grid.hazelcast.cluster.InitialMembershipEvent;
import io.mqttee.grid.hazelcast.cluster.InitialMembershipListener;
import io.mqttee.grid.hazelcast.cluster.Member;
import io.mqttee.grid.hazelcast.cluster.MembershipEvent;
import io.mqttee.grid.hazelcast.core.EntryAdapter;
import io.mqttee.grid.hazelcast.core.EntryEvent;
import io.mqttee.grid.hazelcast.core.Hazelcast;
import io.mqttee.grid.hazelcast.core.HazelcastInstance;
import io.mqttee.grid.hazelcast.core.LifecycleEvent;
import io.mqttee.grid.hazelcast.replicatedmap.ReplicatedMap;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * This broker as a member of a cluster, on a Hazelcast data grid embedded in the application:
 * membership, the replicated route map and the forwarding of messages between nodes. The broker
 * sees only grid-free seams ({@link Router}, {@link io.mqttee.broker.publish.PeerForwarding}).
 */
public final class ClusterNode {
  private static final Logger LOG = System.getLogger(ClusterNode.class.getName());
  private static final long REPAIR_SECONDS = 5;

  private final HazelcastInstance grid;
  private final ReplicatedMap<String, String> servingNodes;
  private final RemoteRoutes remoteRoutes;
  private final RouteAnnouncer announcer;
  private final PeerForwarder forwarder;
  private final ScheduledExecutorService threads;
  private final boolean sharedDatabase;
  private final int quorum;
  private final Set<UUID> toldNoQuorum = ConcurrentHashMap.newKeySet();

  /** Nodes gone whose routes stay until their sessions are taken over, by id: their address. */
  private final Map<UUID, String> goneAt = new ConcurrentHashMap<>();

  private volatile ClientOwners owners;
  private volatile SessionHandOver handOvers;
  private volatile AnnouncingRouter localRoutes;
  private volatile boolean inService;
  private ScheduledFuture<?> repairs;

  private ClusterNode(
      HazelcastInstance grid, ScheduledExecutorService threads, ClusterSettings settings) {
    this.grid = grid;
    this.threads = threads;
    this.sharedDatabase = settings.sharedDatabase();
    this.quorum = settings.quorum();
    ReplicatedMap<String, String> routes = grid.getReplicatedMap(GridConfig.ROUTE_MAP);
    this.servingNodes = grid.getReplicatedMap(GridConfig.NODE_MAP);
    // the member id, asked each time: a member that rejoins after a partition gets a new one
    this.remoteRoutes = new RemoteRoutes(this::self);
    this.announcer = new RouteAnnouncer(routes, this::self, threads);
    this.forwarder =
        new PeerForwarder(
            remoteRoutes,
            grid.getExecutorService(GridConfig.FORWARD_EXECUTOR),
            grid.getExecutorService(GridConfig.RELAY_EXECUTOR),
            this::self);
    grid.getCluster().addMembershipListener(new Membership());
    grid.getLifecycleService().addLifecycleListener(this::lifecycle);
    routes.addEntryListener(remoteRoutes);
    routes.keySet().forEach(remoteRoutes::add);
    servingNodes.addEntryListener(new ServingNodes());
    servingNodes.keySet().forEach(this::serving);
    this.repairs =
        threads.scheduleWithFixedDelay(
            this::repair, REPAIR_SECONDS, REPAIR_SECONDS, TimeUnit.SECONDS);
  }

  /**
   * Starts this node's grid member and joins the cluster the settings name.
   *
   * @param threads where route changes are written to the grid, one at a time, and the routes are
   *     repaired every few seconds
   */
  public static ClusterNode join(ClusterSettings settings, ScheduledExecutorService threads) {
    HazelcastInstance grid = Hazelcast.newHazelcastInstance(GridConfig.of(settings));
    try {
      ClusterNode node = new ClusterNode(grid, threads, settings);
      LOG.log(
          Level.INFO,
          "cluster {0}: joined as {1}, members {2}",
          settings.name(),
          node.self(),
          node.nodes());
      return node;
    } catch (RuntimeException e) {
      grid.shutdown();
      throw e;
    }
  }

  private UUID self() {
    return grid.getCluster().getLocalMember().getUuid();
  }

  /** A router that announces this node's routes to the cluster; routing stays {@code local}. */
  public Router routing(Router local) {
    AnnouncingRouter announcing = new AnnouncingRouter(local, announcer);
    localRoutes = announcing;
    return announcing;
  }

  /**
   * Takes messages from the other nodes into {@code publisher}, and forwards those published here
   * to them; claims client ids in the grid for {@code handOver}, and hands sessions over; answers
   * the other nodes' administration from {@code clients}, this node's own; call once the broker is
   * built and its sessions and retained messages are restored.
   */
  public void serve(
      PublishService publisher, MessageStore store, SessionHandOver handOver, ClientAdmin clients) {
    grid.getUserContext().put(ForwardReceiver.KEY, new ForwardReceiver(publisher, store, handOver));
    grid.getUserContext().put(NodeClientsTask.KEY, clients);
    grid.getUserContext().put(HandOverTask.KEY, handOver);
    ClientOwners clientOwners =
        new ClientOwners(
            grid.getMap(GridConfig.CLIENT_MAP),
            grid.getExecutorService(GridConfig.HAND_OVER_EXECUTOR),
            grid.getCluster(),
            address(),
            handOver,
            threads,
            () -> grid.getCluster().getMembers().size() >= quorum);
    handOver.ownedThrough(clientOwners, sharedDatabase, threads);
    if (sharedDatabase) {
      publisher.sharesTheDatabase();
    }
    clientOwners.claimRestored(handOver.clientIds());
    owners = clientOwners;
    handOvers = handOver;
    publisher.forwardTo(forwarder);
    // after the routes of the restored sessions: a node that came back drops this node's old
    // routes when it sees it serve (ServingNodes)
    String me = self().toString();
    announcer.afterAnnounced(() -> servingNodes.put(me, "serving"));
    inService = true;
  }

  /** This member's address, {@code host:port}: the node's name in a cluster. */
  public String address() {
    return ClientOwners.address(grid.getCluster().getLocalMember());
  }

  /** The administration of clients over every node, around this node's own. */
  public ClientAdmin clients(ClientAdmin local) {
    return new ClusterClients(
        local, grid.getExecutorService(GridConfig.ADMIN_EXECUTOR), grid.getCluster());
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

  /** How many other nodes a message on {@code topic} would go to (one per share group). */
  public int nodesRoutedTo(String topic) {
    int[] nodes = {0};
    remoteRoutes.route(topic, (route, identifiers) -> nodes[0]++);
    return nodes[0];
  }

  /**
   * Leaves the cluster: first no longer serving, so that the others stop sending; then the grid,
   * and the others drop this node's routes as it goes.
   */
  public synchronized void leave() {
    if (repairs != null) {
      repairs.cancel(false);
      repairs = null;
    }
    inService = false;
    if (grid.getLifecycleService().isRunning()) {
      try {
        servingNodes.remove(self().toString());
      } catch (RuntimeException e) {
        LOG.log(Level.DEBUG, "cluster: could not withdraw before leaving: {0}", e.toString());
      }
      grid.shutdown();
    }
  }

  private void repair() {
    AnnouncingRouter local = localRoutes;
    if (local == null || !grid.getLifecycleService().isRunning()) {
      return;
    }
    announcer.repair(local::forEachRoute, remoteRoutes::repair);
    if (sharedDatabase) {
      Set<UUID> routed = announcer.routedMembers();
      forwarder.takenOverUnless(routed);
      if (isOldest()) {
        // the routes of a node whose sessions were not taken over yet (no quorum, or it failed)
        Set<UUID> members =
            grid.getCluster().getMembers().stream()
                .map(Member::getUuid)
                .collect(Collectors.toSet());
        for (UUID node : routed) {
          if (!members.contains(node)) {
            adoptSessionsOf(node);
          }
        }
      }
    }
    // lost with a merge after a partition, or written under the id this node had before it; put
    // after the routes
    String me = self().toString();
    announcer.afterAnnounced(
        () -> {
          if (inService && !servingNodes.containsKey(me)) {
            servingNodes.put(me, "serving");
          }
        });
  }

  private void adoptSessionsOf(UUID gone) {
    ClientOwners current = owners;
    int members = grid.getCluster().getMembers().size();
    if (members < quorum) {
      // perhaps a partition: the other half may hold the quorum and take the sessions over; said
      // once, not at every repair
      LOG.log(
          toldNoQuorum.add(gone) ? Level.WARNING : Level.DEBUG,
          "cluster: {0} of {1} members needed to take over the sessions of {2}; not taken over",
          members,
          quorum,
          gone);
      return;
    }
    toldNoQuorum.remove(gone);
    if (current == null) {
      return; // not serving yet: the repair tries again
    }
    try {
      current.adoptOrphans();
    } catch (RuntimeException e) {
      // its routes stay, and the repair tries again in a few seconds
      LOG.log(Level.WARNING, "cluster: taking over the sessions of {0} failed: {1}", gone, e);
      return;
    }
    announcer.forget(gone);
    servingNodes.remove(gone.toString());
    forwarder.takenOver(gone);
    goneAt.remove(gone);
  }

  private boolean isOldest() {
    return grid.getCluster().getMembers().iterator().next().localMember();
  }

  /**
   * After a partition healed: a session this node kept that another node took over meanwhile is
   * dropped here, and the client ids of the others are claimed again.
   */
  private void lifecycle(LifecycleEvent event) {
    if (event.getState() != LifecycleEvent.LifecycleState.MERGED) {
      return;
    }
    ClientOwners current = owners;
    SessionHandOver handOver = handOvers;
    if (current != null && handOver != null) {
      threads.execute(() -> current.claimRestored(handOver.clientIds()));
    }
    threads.execute(this::repair); // this node's routes and serving entry under its new id, now
  }

  private void serving(String member) {
    forwarder.serving(UUID.fromString(member));
  }

  /** Which nodes' brokers are started and take forwarded messages. */
  private final class ServingNodes extends EntryAdapter<String, String> {
    @Override
    public void entryAdded(EntryEvent<String, String> event) {
      serving(event.getKey());
      servesAgain(UUID.fromString(event.getKey()));
    }

    @Override
    public void entryUpdated(EntryEvent<String, String> event) {
      serving(event.getKey());
    }

    @Override
    public void entryRemoved(EntryEvent<String, String> event) {
      forwarder.notServing(UUID.fromString(event.getKey()));
    }
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
      forwarder.memberLeft(gone);
      LOG.log(Level.INFO, "cluster: member {0} left; members now {1}", gone, nodes());
      if (!sharedDatabase) {
        remoteRoutes.memberLeft(gone);
        if (isOldest()) {
          announcer.forget(gone);
          servingNodes.remove(gone.toString());
        }
        return;
      }
      // its routes stay until its sessions are taken over: a message for one of them fails its
      // publisher's acknowledgement meanwhile, and is sent again, instead of matching nobody
      goneAt.put(gone, ClientOwners.address(event.getMember()));
      forwarder.awaitTakeOver(gone);
      if (isOldest()) {
        threads.execute(() -> adoptSessionsOf(gone));
      }
    }

    private void joined(Member member) {
      if (!member.localMember()) {
        remoteRoutes.memberJoined(member.getUuid());
        forwarder.memberJoined(member);
        if (goneAt.remove(member.getUuid()) != null) {
          forwarder.takenOver(member.getUuid()); // back after a partition, under the same id
        }
      }
    }
  }

  /**
   * A node serves under {@code now}, its routes announced: if it is a node gone before at the same
   * address (restarted, or merged back after a partition under a new id), it holds its sessions
   * again, and the routes of its old id go.
   */
  private void servesAgain(UUID now) {
    Member member =
        grid.getCluster().getMembers().stream()
            .filter(m -> m.getUuid().equals(now))
            .findFirst()
            .orElse(null);
    if (member == null) {
      return;
    }
    String address = ClientOwners.address(member);
    goneAt.forEach(
        (old, at) -> {
          if (at.equals(address) && !old.equals(now)) {
            rejoined(old);
          }
        });
  }

  private void rejoined(UUID old) {
    goneAt.remove(old);
    forwarder.takenOver(old);
    remoteRoutes.memberLeft(old);
    if (isOldest()) {
      announcer.forget(old);
      servingNodes.remove(old.toString());
    }
  }
}
