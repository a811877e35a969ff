// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.cluster;

import io.mqttee.broker.session.SessionHandOver;
import io.mqttee.broker.session.SessionOwnership;
import io.mqttee.broker.store.StoreSnapshot.SessionState;
import io.mqttee.grid.hazelcast.cluster.Cluster;
import io.mqttee.grid.hazelcast.cluster.Member;
import io.mqttee.grid.hazelcast.core.ExecutionCallback;
import io.mqttee.grid.hazelcast.core.IExecutorService;
import io.mqttee.grid.hazelcast.map.IMap;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * Client-id ownership in the grid: a map from client id to the node, by address, that holds its
 * session, each claim numbered. A claim is one asynchronous entry-processor call; when it replaced
 * another live node, that node is asked to hand the session over; when it replaced a node that is
 * gone, the session comes from the shared database, if the nodes share one.
 */
final class ClientOwners implements SessionOwnership {
  private static final Logger LOG = System.getLogger(ClientOwners.class.getName());

  private final IMap<String, String> owners;
  private final IExecutorService handOvers;
  private final Cluster cluster;
  private final String self;
  private final SessionHandOver handOver;
  private final Executor storeReads;
  private final BooleanSupplier quorate;

  /**
   * @param self this node's address, the name the map holds
   * @param storeReads where a gone node's session is read from the database, off the grid's threads
   */
  ClientOwners(
      IMap<String, String> owners,
      IExecutorService handOvers,
      Cluster cluster,
      String self,
      SessionHandOver handOver,
      Executor storeReads,
      BooleanSupplier quorate) {
    this.owners = owners;
    this.handOvers = handOvers;
    this.cluster = cluster;
    this.self = self;
    this.handOver = handOver;
    this.storeReads = storeReads;
    this.quorate = quorate;
  }

  static String address(Member member) {
    return member.getAddress().getHost() + ":" + member.getAddress().getPort();
  }

  @Override
  public CompletableFuture<Claimed> claim(
      String clientId, boolean cleanStart, CompletableFuture<Long> number) {
    CompletableFuture<Claimed> claimed = new CompletableFuture<>();
    owners
        .submitToKey(clientId, ClaimOwner.claim(self))
        .whenComplete(
            (previous, failure) -> {
              if (failure != null) {
                number.completeExceptionally(failure);
                claimed.completeExceptionally(failure);
                return;
              }
              long claim = ClaimOwner.number(previous) + 1;
              number.complete(claim);
              try {
                settle(clientId, claim, ClaimOwner.owner(previous), cleanStart, claimed);
              } catch (RuntimeException e) { // the grid shuts down: the CONNECT is refused
                claimed.completeExceptionally(e);
              }
            });
    return claimed;
  }

  /** Asks the node that held the client id, if any, for its session. */
  private void settle(
      String clientId,
      long claim,
      String holder,
      boolean cleanStart,
      CompletableFuture<Claimed> claimed) {
    if (holder == null || holder.equals(self)) {
      claimed.complete(Claimed.HERE); // the session registry settles it
      return;
    }
    Member live = member(holder);
    if (live != null) {
      String taker = null;
      if (!cleanStart) {
        handOver.movingIn(clientId);
        taker = cluster.getLocalMember().getUuid().toString();
      }
      handOvers.submitToMember(
          new HandOverTask(clientId, claim, taker), live, new Answer(clientId, live, claimed));
    } else if (quorate.getAsBoolean()) {
      readStored(clientId, claimed);
    } else {
      // perhaps a partition and the holder alive on the other side: its rows stay untouched
      claimed.complete(Claimed.HERE);
    }
  }

  /** The session a node that is gone left in the shared database, if the nodes share one. */
  private void readStored(String clientId, CompletableFuture<Claimed> claimed) {
    try {
      CompletableFuture.supplyAsync(() -> handOver.storedSession(clientId), storeReads)
          .whenComplete(
              (state, readFailed) -> {
                if (readFailed != null) {
                  claimed.completeExceptionally(readFailed);
                } else {
                  claimed.complete(Claimed.stored(state));
                }
              });
    } catch (RuntimeException rejected) {
      claimed.completeExceptionally(rejected);
    }
  }

  @Override
  public void gone(String clientId) {
    owners.submitToKey(clientId, ClaimOwner.giveUp(self));
  }

  /**
   * Claims for this node the client ids of its sessions, at start-up and after a partition healed:
   * those nobody holds, those the map names this node for, and those of a node that is gone. A
   * session another live node holds now is dropped here. Runs on the caller's thread.
   */
  void claimRestored(Collection<String> clientIds) {
    Set<String> live = liveAddresses();
    for (String clientId : clientIds) {
      String holder = ClaimOwner.owner(owners.get(clientId));
      String from = holder == null ? "" : holder;
      if (self.equals(holder)) {
        continue;
      }
      boolean took =
          !live.contains(from)
              && ClaimOwner.tookOver(
                  owners.executeOnKey(clientId, ClaimOwner.takeOver(self, from)), from);
      if (!took) {
        LOG.log(Level.INFO, "cluster: {0} is held by another node; dropped here", clientId);
        handOver.dropRestored(clientId);
      }
    }
  }

  /**
   * Takes over, for this node, every client id whose persistent session a node that is no longer a
   * member left in the shared database, and restores the session here. Called on the oldest member
   * only, and only while the members are a quorum.
   */
  void adoptOrphans() {
    Set<String> live = liveAddresses();
    int taken = 0;
    int failed = 0;
    for (var entry : owners.entrySet()) {
      String holder = ClaimOwner.owner(entry.getValue());
      if (holder == null || live.contains(holder)) {
        continue;
      }
      try {
        taken += adoptOrphan(entry.getKey(), holder) ? 1 : 0;
      } catch (RuntimeException e) {
        failed++;
        LOG.log(Level.WARNING, "cluster: cannot take over {0}: {1}", entry.getKey(), e);
      }
    }
    if (taken > 0) {
      LOG.log(Level.INFO, "cluster: took over {0} sessions of nodes that left", taken);
    }
    if (failed > 0) {
      throw new IllegalStateException(failed + " sessions of nodes that left not taken over");
    }
  }

  private boolean adoptOrphan(String clientId, String holder) {
    SessionState stored = handOver.storedSession(clientId);
    if (stored == null) {
      // a clean session, gone with its node: its entry goes, so that no later scan reads it again
      owners.executeOnKey(clientId, ClaimOwner.giveUp(holder));
      return false;
    }
    String found = owners.executeOnKey(clientId, ClaimOwner.takeOver(self, holder));
    if (!ClaimOwner.tookOver(found, holder)) {
      return false;
    }
    handOver.adoptStored(clientId, ClaimOwner.number(found) + 1, stored);
    return true;
  }

  private Set<String> liveAddresses() {
    return cluster.getMembers().stream().map(ClientOwners::address).collect(Collectors.toSet());
  }

  private Member member(String holder) {
    return cluster.getMembers().stream()
        .filter(m -> address(m).equals(holder))
        .findFirst()
        .orElse(null);
  }

  /** The session the previous holder handed over; the stored one when it died meanwhile. */
  private final class Answer implements ExecutionCallback<SessionTransfer> {
    private final String clientId;
    private final Member holder;
    private final CompletableFuture<Claimed> claimed;

    Answer(String clientId, Member holder, CompletableFuture<Claimed> claimed) {
      this.clientId = clientId;
      this.holder = holder;
      this.claimed = claimed;
    }

    @Override
    public void onResponse(SessionTransfer transfer) {
      claimed.complete(
          new Claimed(transfer.state(), true, transfer.superseded(), holder.getUuid().toString()));
    }

    @Override
    public void onFailure(Throwable failure) {
      if (cluster.getMembers().contains(holder)) {
        claimed.completeExceptionally(failure);
      } else {
        readStored(clientId, claimed); // it died while handing over
      }
    }
  }
}
