// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.management;

import io.mqttee.broker.admin.ClientAdmin;
import io.mqttee.broker.admin.ClientQuery;
import io.mqttee.broker.admin.ClientView;
import io.mqttee.broker.admin.InvalidInputException;
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
import io.mqttee.broker.auth.ClientIdentity;
import io.mqttee.broker.connection.ClientConnection;
import io.mqttee.broker.publish.PublishOutcome;
import io.mqttee.broker.publish.PublishService;
import io.mqttee.broker.routing.Router;
import io.mqttee.broker.session.ConnectionCloser;
import io.mqttee.broker.session.Session;
import io.mqttee.broker.session.SessionRegistry;
import io.mqttee.broker.session.SessionSubscriptions;
import io.mqttee.protocol.packet.QoS;
import io.mqttee.protocol.packet.ReasonCodes;
import io.mqttee.protocol.packet.TopicSubscription;
import io.mqttee.protocol.topic.TopicFilters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Clients, sessions, subscriptions and routes of the running broker, and publishing as the broker.
 * Listings read the concurrent registries without the locks lanes take; changes go through the code
 * the packet handlers use.
 */
public final class ClientAdministration implements ClientAdmin {
  private final SessionRegistry registry;
  private final SortedSessions sorted;
  private final ConnectionCloser closer;
  private final SessionSubscriptions subscriptions;
  private final PublishService publisher;
  private final ClientViews views;
  private final SubscriptionListing listing;

  /**
   * @param node this node's name, shown with each route and client
   */
  public ClientAdministration(
      SessionRegistry registry,
      ConnectionCloser closer,
      SessionSubscriptions subscriptions,
      Router router,
      PublishService publisher,
      String node) {
    this.registry = registry;
    this.sorted = new SortedSessions(registry);
    this.closer = closer;
    this.subscriptions = subscriptions;
    this.publisher = publisher;
    this.views = new ClientViews(router, node);
    this.listing = new SubscriptionListing(router, node);
  }

  @Override
  public Page<ClientView> clients(ClientQuery query, PageRequest page) {
    Session[] all = sorted.snapshot();
    if (query == null || ClientQuery.ALL.equals(query)) {
      return pageOf(Arrays.asList(all), page, views::client);
    }
    String part = query.clientIdContains();
    List<Session> matching = new ArrayList<>();
    for (Session session : all) {
      // the id test first: it needs no view, and most sessions fail it when it is given
      if ((part == null || session.clientId().contains(part))
          && query.matches(ClientViews.withoutCounts(session))) {
        matching.add(session);
      }
    }
    return pageOf(matching, page, views::client);
  }

  @Override
  public Optional<ClientView> client(String clientId) {
    return Optional.ofNullable(registry.get(clientId)).map(views::client);
  }

  @Override
  public void kick(String clientId) {
    Session session = registry.get(clientId);
    ClientConnection connection = session == null ? null : session.online();
    if (connection == null || connection.isClosing()) {
      throw new NotFoundException("client " + clientId + " is not connected");
    }
    // thread-safe: the keep-alive monitor aborts connections from the scheduler's thread too
    closer.abort(
        connection,
        ReasonCodes.ADMINISTRATIVE_ACTION,
        "disconnected by an administrator",
        "MQTT 5 section 4.13");
  }

  @Override
  public Page<SessionView> sessions(PageRequest page) {
    return pageOf(Arrays.asList(sorted.snapshot()), page, views::session);
  }

  @Override
  public Optional<SessionView> session(String clientId) {
    return Optional.ofNullable(registry.get(clientId)).map(views::session);
  }

  @Override
  public Page<QueuedMessageView> queuedMessages(String clientId, PageRequest page) {
    return Page.of(existing(clientId).pendingMessages().stream().map(ClientViews::queued), page);
  }

  @Override
  public List<SubscriptionView> subscriptions(String clientId) {
    return listing.of(existing(clientId).clientId());
  }

  @Override
  public Page<SubscriptionView> subscriptions(SubscriptionQuery query, PageRequest page) {
    return listing.matching(query == null ? SubscriptionQuery.ALL : query, page);
  }

  @Override
  public SubscriptionView subscribe(String clientId, String topicFilter, int qos) {
    Session session = existing(clientId);
    if (topicFilter == null || !TopicFilters.isValid(topicFilter)) {
      throw new InvalidInputException("not a valid topic filter: " + topicFilter);
    }
    TopicSubscription requested = new TopicSubscription(topicFilter, qos(qos));
    ClientConnection connection = session.online();
    ClientIdentity client =
        connection == null ? new ClientIdentity(clientId, null, null) : connection.identity();
    SessionSubscriptions.Outcome outcome = subscriptions.subscribe(session, client, requested, 0);
    if (!outcome.granted()) {
      throw new InvalidInputException("the topic ACL refuses " + topicFilter + " to " + clientId);
    }
    if (registry.get(clientId) != session) {
      // the session ended meanwhile: its subscriptions went with it, so must this one
      subscriptions.unsubscribe(session, topicFilter);
      throw new NotFoundException("session " + clientId + " ended");
    }
    if (outcome.sendsRetained()) {
      subscriptions.sendRetained(session, outcome.subscription());
    }
    return ClientViews.subscription(outcome.subscription());
  }

  @Override
  public boolean unsubscribe(String clientId, String topicFilter) {
    Session session = existing(clientId);
    if (topicFilter == null) {
      throw new InvalidInputException("no topic filter");
    }
    return subscriptions.unsubscribe(session, topicFilter);
  }

  @Override
  public Page<RouteView> routes(String topicFilterOrNull, PageRequest page) {
    return listing.routes(topicFilterOrNull, page);
  }

  /**
   * Publishes as the broker does its $SYS topics and wills, without a topic ACL.
   *
   * @return the sessions the message was delivered or queued to, share groups counted once
   */
  @Override
  public PublishResult publish(PublishRequest request) {
    PublishOutcome outcome = publisher.route(BrokerMessages.toPublish(request), null);
    return new PublishResult(request.topic(), outcome.sessions());
  }

  private Session existing(String clientId) {
    Session session = clientId == null ? null : registry.get(clientId);
    if (session == null) {
      throw new NotFoundException("no session for client id " + clientId);
    }
    return session;
  }

  static QoS qos(int qos) {
    if (qos < 0 || qos > 2) {
      throw new InvalidInputException("QoS must be 0, 1 or 2, was " + qos);
    }
    return QoS.of(qos);
  }

  /** The page of {@code ordered}, with views made for that page only. */
  private static <T> Page<T> pageOf(
      List<Session> ordered, PageRequest page, Function<Session, T> view) {
    int from = (int) Math.min(page.offset(), ordered.size());
    int to = (int) Math.min((long) from + page.limit(), ordered.size());
    List<T> items = new ArrayList<>(to - from);
    for (Session session : ordered.subList(from, to)) {
      items.add(view.apply(session));
    }
    return new Page<>(items, ordered.size(), page);
  }
}
