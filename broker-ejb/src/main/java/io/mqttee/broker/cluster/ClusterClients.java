// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.cluster;

import io.mqttee.broker.admin.ClientAdmin;
import io.mqttee.broker.admin.ClientQuery;
import io.mqttee.broker.admin.ClientView;
import io.mqttee.broker.admin.NotFoundException;
import io.mqttee.broker.admin.Page;
import io.mqttee.broker.admin.PageRequest;
import io.mqttee.broker.admin.PublishRequest;
import io.mqttee.broker.admin.PublishResult;
import io.mqttee.broker.admin.QueuedMessageView;
import io.mqttee.broker.admin.RouteView;
import io.mqttee.broker.admin.SessionView;
import io.mqttee.broker.admin.SubscriptionQuery;
import io.mqttee.broker.admin.SubscriptionView;
import io.mqttee.grid.hazelcast.cluster.Cluster;
import io.mqttee.grid.hazelcast.cluster.Member;
import io.mqttee.grid.hazelcast.core.IExecutorService;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * The clients of every node of the cluster, for the administration: a listing asks each node for
 * the first clients of the page's range and merges them in client id order; one client and a kick
 * go to the node that has it. The rest of the administration is this node's. A node that does not
 * answer within seconds is left out, and the log says so.
 */
final class ClusterClients implements ClientAdmin {
  private static final Logger LOG = System.getLogger(ClusterClients.class.getName());
  private static final long ANSWER_SECONDS = 5;

  private final ClientAdmin local;
  private final IExecutorService executor;
  private final Cluster cluster;

  ClusterClients(ClientAdmin local, IExecutorService executor, Cluster cluster) {
    this.local = local;
    this.executor = executor;
    this.cluster = cluster;
  }

  /**
   * Every node's matching clients in client id order; {@code total} counts them all, and the pages
   * reach as far as the first {@value PageRequest#MAX_LIMIT} clients.
   */
  @Override
  public Page<ClientView> clients(ClientQuery query, PageRequest page) {
    int needed = (int) Math.min((long) page.page() * page.limit(), PageRequest.MAX_LIMIT);
    Page<ClientView> own = local.clients(query, new PageRequest(1, needed));
    Map<String, ClientView> merged = new LinkedHashMap<>();
    own.items().forEach(c -> merged.put(c.clientId(), c));
    long total = own.total();
    for (NodeClients answer : askOthers(NodeClientsTask.list(query, needed))) {
      answer.clients().forEach(c -> merged.putIfAbsent(c.clientId(), c));
      total += answer.total();
    }
    List<ClientView> ordered =
        merged.values().stream().sorted(Comparator.comparing(ClientView::clientId)).toList();
    int from = (int) Math.min((long) (page.page() - 1) * page.limit(), ordered.size());
    int to = Math.min(from + page.limit(), ordered.size());
    return new Page<>(ordered.subList(from, to), total, page);
  }

  @Override
  public Optional<ClientView> client(String clientId) {
    Optional<ClientView> here = local.client(clientId);
    if (here.isPresent()) {
      return here;
    }
    return askOthers(NodeClientsTask.find(clientId)).stream()
        .flatMap(answer -> answer.clients().stream())
        .findFirst();
  }

  @Override
  public void kick(String clientId) {
    try {
      local.kick(clientId);
    } catch (NotFoundException notHere) {
      if (askOthers(NodeClientsTask.kick(clientId)).stream().noneMatch(NodeClients::done)) {
        throw notHere;
      }
    }
  }

  private List<NodeClients> askOthers(NodeClientsTask task) {
    Set<Member> others =
        cluster.getMembers().stream().filter(m -> !m.localMember()).collect(Collectors.toSet());
    if (others.isEmpty()) {
      return List.of();
    }
    Map<Member, Future<NodeClients>> pending = executor.submitToMembers(task, others);
    List<NodeClients> answers = new ArrayList<>(pending.size());
    for (Map.Entry<Member, Future<NodeClients>> entry : pending.entrySet()) {
      try {
        answers.add(entry.getValue().get(ANSWER_SECONDS, TimeUnit.SECONDS));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while asking the cluster's nodes", e);
      } catch (ExecutionException | TimeoutException e) {
        LOG.log(
            Level.WARNING,
            "cluster: node {0} did not list its clients: {1}",
            entry.getKey().getAddress(),
            e.toString());
      }
    }
    return answers;
  }

  @Override
  public Page<SessionView> sessions(PageRequest page) {
    return local.sessions(page);
  }

  @Override
  public Optional<SessionView> session(String clientId) {
    return local.session(clientId);
  }

  @Override
  public Page<QueuedMessageView> queuedMessages(String clientId, PageRequest page) {
    return local.queuedMessages(clientId, page);
  }

  @Override
  public List<SubscriptionView> subscriptions(String clientId) {
    return local.subscriptions(clientId);
  }

  @Override
  public Page<SubscriptionView> subscriptions(SubscriptionQuery query, PageRequest page) {
    return local.subscriptions(query, page);
  }

  @Override
  public SubscriptionView subscribe(String clientId, String topicFilter, int qos) {
    return local.subscribe(clientId, topicFilter, qos);
  }

  @Override
  public boolean unsubscribe(String clientId, String topicFilter) {
    return local.unsubscribe(clientId, topicFilter);
  }

  @Override
  public Page<RouteView> routes(String topicFilterOrNull, PageRequest page) {
    return local.routes(topicFilterOrNull, page);
  }

  @Override
  public PublishResult publish(PublishRequest request) {
    return local.publish(request);
  }
}
