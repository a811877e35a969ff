// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.admin;

import java.util.List;
import java.util.Optional;

/** Clients, their sessions and subscriptions, the routes, and publishing as the broker. */
public interface ClientAdmin {

  /** Connected clients and offline persistent sessions that match, ordered by client id. */
  Page<ClientView> clients(ClientQuery query, PageRequest page);

  Optional<ClientView> client(String clientId);

  /**
   * Disconnects a connected client (MQTT 5: DISCONNECT 0x98, administrative action); its will is
   * published. The session stays as its expiry says.
   *
   * @throws NotFoundException when the client is not connected
   */
  void kick(String clientId);

  /** Sessions, connected or not, ordered by client id. */
  Page<SessionView> sessions(PageRequest page);

  Optional<SessionView> session(String clientId);

  /**
   * Messages waiting in a session: in flight first, then queued.
   *
   * @throws NotFoundException when there is no such session
   */
  Page<QueuedMessageView> queuedMessages(String clientId, PageRequest page);

  /**
   * A session's subscriptions, ordered by filter.
   *
   * @throws NotFoundException when there is no such session
   */
  List<SubscriptionView> subscriptions(String clientId);

  /** Every subscription that matches, ordered by client id then filter. */
  Page<SubscriptionView> subscriptions(SubscriptionQuery query, PageRequest page);

  /**
   * Subscribes a session as if it had sent SUBSCRIBE (ACL and persistence apply; retained messages
   * are sent).
   *
   * @throws NotFoundException when there is no such session
   * @throws InvalidInputException when the filter or QoS is invalid
   */
  SubscriptionView subscribe(String clientId, String topicFilter, int qos);

  /**
   * Removes a subscription as if the client had sent UNSUBSCRIBE.
   *
   * @return false when the session had no such subscription
   * @throws NotFoundException when there is no such session
   */
  boolean unsubscribe(String clientId, String topicFilter);

  /** Topic filters with subscribers on this node, ordered by filter. */
  Page<RouteView> routes(String topicFilterOrNull, PageRequest page);

  /**
   * Publishes as the broker, through the same path as clients' messages.
   *
   * @throws InvalidInputException when the topic or QoS is invalid
   */
  PublishResult publish(PublishRequest request);
}
