// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.cluster;

import io.mqttee.broker.session.SessionOwnership;
import io.mqttee.broker.store.StoreSnapshot.SessionState;
import io.mqttee.grid.hazelcast.cluster.Cluster;
import io.mqttee.grid.hazelcast.cluster.Member;
import io.mqttee.grid.hazelcast.core.ExecutionCallback;
import io.mqttee.grid.hazelcast.core.IExecutorService;
import io.mqttee.grid.hazelcast.map.IMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Client-id ownership in the grid: a map from client id to the node that holds its session, each
 * claim numbered. A claim is one asynchronous entry-processor call; when it replaced another live
 * node, that node is asked to hand the session over. A node that is gone hands over nothing.
 */
final class ClientOwners implements SessionOwnership {
  private final IMap<String, String> owners;
  private final IExecutorService handOvers;
  private final Cluster cluster;
  private final Supplier<UUID> self;

  ClientOwners(
      IMap<String, String> owners,
      IExecutorService handOvers,
      Cluster cluster,
      Supplier<UUID> self) {
    this.owners = owners;
    this.handOvers = handOvers;
    this.cluster = cluster;
    this.self = self;
  }

  @Override
  public CompletableFuture<SessionState> claim(String clientId, CompletableFuture<Long> number) {
    CompletableFuture<SessionState> handed = new CompletableFuture<>();
    owners
        .submitToKey(clientId, ClaimOwner.claim(self.get().toString()))
        .whenComplete(
            (previous, failure) -> {
              if (failure != null) {
                number.completeExceptionally(failure);
                handed.completeExceptionally(failure);
                return;
              }
              long claim = ClaimOwner.number(previous) + 1;
              number.complete(claim);
              Member holder = member(ClaimOwner.owner(previous));
              if (holder == null || holder.localMember()) {
                handed.complete(null); // here, the session registry settles it; gone: nothing
                return;
              }
              handOvers.submitToMember(
                  new HandOverTask(clientId, claim), holder, new Answer(holder, handed));
            });
    return handed;
  }

  @Override
  public void gone(String clientId) {
    owners.submitToKey(clientId, ClaimOwner.giveUp(self.get().toString()));
  }

  private Member member(String uuid) {
    if (uuid == null) {
      return null;
    }
    UUID id = UUID.fromString(uuid);
    return cluster.getMembers().stream()
        .filter(m -> m.getUuid().equals(id))
        .findFirst()
        .orElse(null);
  }

  /** The session the previous holder handed over; nothing when it left meanwhile. */
  private final class Answer implements ExecutionCallback<SessionTransfer> {
    private final Member holder;
    private final CompletableFuture<SessionState> handed;

    Answer(Member holder, CompletableFuture<SessionState> handed) {
      this.holder = holder;
      this.handed = handed;
    }

    @Override
    public void onResponse(SessionTransfer transfer) {
      handed.complete(transfer.state());
    }

    @Override
    public void onFailure(Throwable failure) {
      if (cluster.getMembers().contains(holder)) {
        handed.completeExceptionally(failure);
      } else {
        handed.complete(null);
      }
    }
  }
}
