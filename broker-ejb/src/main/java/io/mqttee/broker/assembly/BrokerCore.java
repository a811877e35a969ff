// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.assembly;

import io.mqttee.broker.auth.AccessGate;
import io.mqttee.broker.auth.ApplicationAuthenticator;
import io.mqttee.broker.auth.Authenticator;
import io.mqttee.broker.auth.ClientCertificateAuthenticator;
import io.mqttee.broker.config.BrokerConfig;
import io.mqttee.broker.connection.ConnectionRegistry;
import io.mqttee.broker.keepalive.KeepAliveMonitor;
import io.mqttee.broker.management.BrokerDescription;
import io.mqttee.broker.management.ClientAdministration;
import io.mqttee.broker.publish.PublishHandler;
import io.mqttee.broker.publish.PublishService;
import io.mqttee.broker.retained.RetainedMessages;
import io.mqttee.broker.routing.Router;
import io.mqttee.broker.session.BannedConnections;
import io.mqttee.broker.session.ClientAckHandler;
import io.mqttee.broker.session.ConnectHandler;
import io.mqttee.broker.session.ConnectionCloser;
import io.mqttee.broker.session.DurableReplies;
import io.mqttee.broker.session.LingeringCloses;
import io.mqttee.broker.session.OfflineSessionExpiry;
import io.mqttee.broker.session.PacketDispatcher;
import io.mqttee.broker.session.SessionHandOver;
import io.mqttee.broker.session.SessionRegistry;
import io.mqttee.broker.session.SessionResources;
import io.mqttee.broker.session.SessionService;
import io.mqttee.broker.session.SessionSubscriptions;
import io.mqttee.broker.session.SubscribeHandler;
import io.mqttee.broker.session.UnsubscribeHandler;
import io.mqttee.broker.store.MessageStore;
import io.mqttee.broker.sys.BrokerMetrics;
import io.mqttee.broker.sys.ConnectionCapacity;
import io.mqttee.broker.will.DelayedWills;
import io.mqttee.broker.will.WillPublisher;
import java.util.function.LongSupplier;

/**
 * The container-free object graph of the MQTT semantics, built by constructor injection: the CDI
 * bean wraps it, and unit tests build it directly with fakes and a fake clock.
 */
public final class BrokerCore {
  private final SessionService sessionService;
  private final PublishService publishService;
  private final KeepAliveMonitor keepAliveMonitor;
  private final OfflineSessionExpiry sessionExpiry;
  private final DelayedWills delayedWills;
  private final LingeringCloses lingeringCloses;
  private final ClientAdministration clientAdministration;
  private final SessionHandOver handOver;

  public BrokerCore(
      BrokerConfig config,
      BrokerMetrics metrics,
      Router router,
      RetainedMessages retained,
      MessageStore store,
      AccessGate access,
      LongSupplier clock) {
    this(config, metrics, router, retained, store, access, clock, BrokerDescription.nodeName());
  }

  /**
   * @param nodeName the name clients and routes are shown with: in a cluster, this member's address
   */
  public BrokerCore(
      BrokerConfig config,
      BrokerMetrics metrics,
      Router router,
      RetainedMessages retained,
      MessageStore store,
      AccessGate access,
      LongSupplier clock,
      String nodeName) {
    SessionResources resources =
        new SessionResources(
            store, metrics, config.maxInflightMessages(), config.maxQueuedMessages(), clock);
    SessionRegistry sessions = new SessionRegistry(router, store, resources, clock);
    ConnectionRegistry connections = new ConnectionRegistry();
    publishService = new PublishService(router, retained, sessions);
    WillPublisher wills = new WillPublisher(publishService);
    delayedWills = new DelayedWills(wills, clock);
    lingeringCloses = new LingeringCloses(clock);
    DurableReplies replies = new DurableReplies(store);
    ConnectionCapacity capacity = ConnectionCapacity.ofThisProcess();
    capacity.logAtStart();
    ConnectionCloser closer =
        new ConnectionCloser(sessions, wills, delayedWills, metrics, lingeringCloses, replies);
    replies.closeWith(closer);
    handOver = new SessionHandOver(sessions, closer, store, delayedWills);
    SessionSubscriptions subscriptions =
        new SessionSubscriptions(router, retained, store, access, metrics);
    PacketDispatcher dispatcher =
        new PacketDispatcher(
            new ConnectHandler(
                sessions,
                authenticator(config, access),
                access,
                closer,
                metrics,
                config,
                delayedWills,
                replies,
                capacity,
                handOver),
            new PublishHandler(
                publishService, replies, closer, metrics, config.receiveMaximum(), access),
            new SubscribeHandler(subscriptions, replies),
            new UnsubscribeHandler(subscriptions, replies),
            new ClientAckHandler(replies),
            closer);
    sessionService = new SessionService(connections, sessions, dispatcher, closer, clock);
    access.enforceBansWith(new BannedConnections(connections, closer));
    sessionExpiry = new OfflineSessionExpiry(sessions, clock);
    keepAliveMonitor =
        new KeepAliveMonitor(
            connections,
            closer,
            config.keepAliveFactor(),
            config.connectTimeoutSeconds() * 1000L,
            clock);
    clientAdministration =
        new ClientAdministration(sessions, closer, subscriptions, router, publishService, nodeName);
  }

  private static Authenticator authenticator(BrokerConfig config, AccessGate access) {
    Authenticator passwords = access.passwords();
    return new ApplicationAuthenticator(
        config.certificateAuth() ? new ClientCertificateAuthenticator(passwords) : passwords);
  }

  /** Where a cluster moves sessions between nodes. */
  public SessionHandOver handOver() {
    return handOver;
  }

  public SessionService sessions() {
    return sessionService;
  }

  /** For wills and $SYS: publishes as the broker, through the same path as clients. */
  public PublishService publisher() {
    return publishService;
  }

  public KeepAliveMonitor keepAliveMonitor() {
    return keepAliveMonitor;
  }

  public OfflineSessionExpiry sessionExpiry() {
    return sessionExpiry;
  }

  /** Connections closing after the broker's DISCONNECT; schedule its scan. */
  public LingeringCloses lingeringCloses() {
    return lingeringCloses;
  }

  /** MQTT 5 wills waiting for their Will Delay Interval; schedule its scan. */
  public DelayedWills delayedWills() {
    return delayedWills;
  }

  /** Clients, sessions, subscriptions and routes for the administration facade. */
  public ClientAdministration clientAdministration() {
    return clientAdministration;
  }
}
