// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.cluster;

import io.mqttee.broker.publish.PeerForwarding;
import io.mqttee.broker.publish.Relayed;
import io.mqttee.broker.routing.RouteTarget;
import io.mqttee.broker.routing.Subscription;
import io.mqttee.grid.hazelcast.cluster.Member;
import io.mqttee.grid.hazelcast.core.IExecutorService;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.topic.SharedFilter;
import io.mqttee.protocol.topic.TopicNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Sends each message published here to the nodes whose clients subscribed to its topic, found in
 * {@link RemoteRoutes} without a grid call, through one {@link PeerLink} per node. A retained
 * message goes to every node, since each keeps the retained messages for its own subscribers; the
 * {@code $SYS} topics of a node stay on it. A share group that a subscriber of this node served is
 * served nowhere else; otherwise one node with members of the group is asked to.
 */
final class PeerForwarder implements PeerForwarding {
  private final RemoteRoutes routes;
  private final IExecutorService executor;
  private final IExecutorService relayExecutor;
  private final Supplier<UUID> self;
  private final Map<UUID, Member> members = new ConcurrentHashMap<>();
  private final Set<UUID> serving = ConcurrentHashMap.newKeySet();
  private final Map<UUID, PeerLink> links = new ConcurrentHashMap<>();
  private final Map<UUID, PeerLink> relayLinks = new ConcurrentHashMap<>();

  /** Nodes that are gone, whose routes stay until their sessions are taken over. */
  private final Set<UUID> awaitingTakeOver = ConcurrentHashMap.newKeySet();

  /**
   * @param executor where batches of published messages run on the other nodes
   * @param relayExecutor where relayed messages run: a node taking a batch waits for its relays,
   *     and a relay never waits for another batch, so two nodes relaying to each other cannot hold
   *     each other up
   */
  PeerForwarder(
      RemoteRoutes routes,
      IExecutorService executor,
      IExecutorService relayExecutor,
      Supplier<UUID> self) {
    this.routes = routes;
    this.executor = executor;
    this.relayExecutor = relayExecutor;
    this.self = self;
  }

  void memberJoined(Member member) {
    members.put(member.getUuid(), member);
  }

  /** The node's broker is started: it takes forwarded messages from now on. */
  void serving(UUID member) {
    serving.add(member);
  }

  /** The node's broker is stopping: nothing more is sent to it. */
  void notServing(UUID member) {
    serving.remove(member);
  }

  /**
   * {@code member} is gone and its routes stay until its sessions are taken over: a message they
   * match fails its publisher's acknowledgement meanwhile, so that it is sent again.
   */
  void awaitTakeOver(UUID member) {
    awaitingTakeOver.add(member);
  }

  /** The sessions of {@code member} are taken over and its routes removed. */
  void takenOver(UUID member) {
    awaitingTakeOver.remove(member);
  }

  /** Gone nodes that have no routes left are no longer waited for. */
  void takenOverUnless(Set<UUID> routed) {
    awaitingTakeOver.retainAll(routed);
  }

  void memberLeft(UUID member) {
    members.remove(member);
    serving.remove(member);
    for (Map<UUID, PeerLink> of : List.of(links, relayLinks)) {
      PeerLink link = of.remove(member);
      if (link != null) {
        link.close();
      }
    }
  }

  @Override
  public Forwarded forward(
      Publish message,
      String publisherClientId,
      Set<SharedFilter> sharedServedHere,
      long adoptions) {
    if (TopicNames.isSystemTopic(message.topic())) {
      return null; // topics beginning with $ ($SYS) describe the node that publishes them
    }
    Targets targets = new Targets(sharedServedHere);
    routes.route(message.topic(), targets);
    if (message.retain()) {
      serving.forEach(targets::node);
    }
    if (targets.nodes.isEmpty()) {
      return null;
    }
    String origin = self.get().toString();
    // the nodes that get the message, or whose failure makes the publisher send it again
    Map<UUID, PeerLink> sending = new HashMap<>(targets.nodes.size() * 2);
    Set<String> reached = new HashSet<>(targets.nodes.size() * 2 + 2);
    reached.add(origin);
    List<CompletableFuture<Void>> taken = new ArrayList<>(targets.nodes.size());
    for (UUID node : targets.nodes.keySet()) {
      PeerLink link = link(links, executor, node);
      if (link != null) {
        sending.put(node, link);
        reached.add(node.toString());
      } else if (awaitingTakeOver.contains(node)) {
        reached.add(node.toString());
        taken.add(
            CompletableFuture.failedFuture(
                new IllegalStateException(
                    "node " + node + " is gone, its sessions not yet taken over")));
      }
    }
    sending.forEach(
        (node, link) ->
            taken.add(
                link.send(
                    ForwardedMessage.published(
                        message,
                        publisherClientId,
                        targets.nodes.get(node),
                        origin,
                        reached,
                        adoptions))));
    if (taken.isEmpty()) {
      return null;
    }
    return new Forwarded(allOf(taken), targets.matched, reached);
  }

  @Override
  public CompletableFuture<Void> relay(
      List<Relayed> relays,
      String publisherClientId,
      String origin,
      Set<String> reached,
      long originAdoptions) {
    List<CompletableFuture<Void>> taken = new ArrayList<>(relays.size());
    for (Relayed relayed : relays) {
      boolean toOrigin = relayed.node().equals(origin);
      if (!toOrigin && !relayed.shared() && reached.contains(relayed.node())) {
        continue; // the publisher's node sent it there, where it meets the session's subscriptions
      }
      UUID node = UUID.fromString(relayed.node());
      PeerLink link = link(relayLinks, relayExecutor, node);
      if (link == null) {
        taken.add(
            CompletableFuture.failedFuture(
                new IllegalStateException(
                    "node " + node + " that took " + relayed.clientId() + " over is gone")));
      } else {
        taken.add(
            link.send(
                ForwardedMessage.relayed(
                    relayed.message(),
                    publisherClientId,
                    relayed.clientId(),
                    self.get().toString(),
                    toOrigin ? originAdoptions : -1)));
      }
    }
    return taken.isEmpty() ? null : allOf(taken);
  }

  private static CompletableFuture<Void> allOf(List<CompletableFuture<Void>> taken) {
    return taken.size() == 1
        ? taken.get(0)
        : CompletableFuture.allOf(taken.toArray(CompletableFuture[]::new));
  }

  @Override
  public Forwarded retainedOnly(Publish change) {
    List<CompletableFuture<Void>> taken = new ArrayList<>();
    for (UUID node : serving) {
      PeerLink link = link(links, executor, node);
      if (link != null) {
        taken.add(link.send(ForwardedMessage.retainedChange(change)));
      }
    }
    return taken.isEmpty() ? null : new Forwarded(allOf(taken), false, Set.of());
  }

  /** The link to a member whose broker serves, or null. */
  private PeerLink link(Map<UUID, PeerLink> links, IExecutorService executor, UUID node) {
    Member member = members.get(node);
    if (member == null || !serving.contains(node)) {
      return null;
    }
    PeerLink link = links.computeIfAbsent(node, uuid -> new PeerLink(member, executor));
    if (!members.containsKey(node)) { // it left meanwhile: memberLeft may have missed this link
      links.remove(node, link);
      link.close();
    }
    return link;
  }

  /** The nodes a message goes to, each with the share groups it is to serve. */
  private static final class Targets implements RouteTarget {
    private final Set<SharedFilter> servedHere;
    private final Map<UUID, Set<SharedFilter>> nodes = new HashMap<>(4);
    private boolean matched;

    Targets(Set<SharedFilter> servedHere) {
      this.servedHere = servedHere;
    }

    @Override
    public void deliver(Subscription route, int[] identifiers) {
      matched = true;
      UUID node = UUID.fromString(route.clientId());
      if (route.shareGroup() == null) {
        node(node);
        return;
      }
      SharedFilter shared = new SharedFilter(route.shareGroup(), route.topicFilter());
      if (!servedHere.contains(shared)) {
        Set<SharedFilter> assigned = node(node);
        if (assigned.isEmpty()) {
          assigned = new HashSet<>(4);
          nodes.put(node, assigned);
        }
        assigned.add(shared);
      }
    }

    Set<SharedFilter> node(UUID node) {
      return nodes.computeIfAbsent(node, n -> Set.of());
    }
  }
}
