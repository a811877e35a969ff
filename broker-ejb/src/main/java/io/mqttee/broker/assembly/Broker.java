// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.assembly;

import io.mqttee.broker.admin.ClientAdmin;
import io.mqttee.broker.admin.NodeView;
import io.mqttee.broker.auth.AccessControl;
import io.mqttee.broker.cluster.ClusterNode;
import io.mqttee.broker.cluster.ClusterSettings;
import io.mqttee.broker.config.BrokerConfig;
import io.mqttee.broker.connection.AdapterClientWriter;
import io.mqttee.broker.connection.ClientWriter;
import io.mqttee.broker.management.BrokerDescription;
import io.mqttee.broker.management.MetricsAdministration;
import io.mqttee.broker.management.RetainedAdministration;
import io.mqttee.broker.publish.PublishService;
import io.mqttee.broker.retained.RetainedMessageTree;
import io.mqttee.broker.routing.Router;
import io.mqttee.broker.routing.TopicTreeRouter;
import io.mqttee.broker.session.SessionService;
import io.mqttee.broker.store.MessageStore;
import io.mqttee.broker.store.StoreSnapshot;
import io.mqttee.broker.sys.BrokerMetrics;
import io.mqttee.broker.sys.SysTopicPublisher;
import io.mqttee.broker.sys.SysTopicPublisher.SysSources;
import io.mqttee.connector.api.OutboundConnection;
import io.mqttee.connector.api.OutboundConnectionFactory;
import io.mqttee.connector.api.TrafficCounters;
import io.mqttee.connector.api.TrafficMeter;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.resource.ResourceException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Supplier;

/**
 * The broker as one CDI bean: builds the {@link BrokerCore} graph, restores the store's snapshot,
 * obtains the adapter's outbound connection and schedules keep alive and $SYS.
 */
@ApplicationScoped
public class Broker {
  private static final Logger LOG = System.getLogger(Broker.class.getName());

  @Inject MessageStore store;
  @Inject AccessControl access;

  @Resource(lookup = "java:app/mqttee/OutboundConnectionFactory")
  OutboundConnectionFactory connectionFactory;

  @Resource ManagedScheduledExecutorService scheduler;

  private final TrafficMeter webSocketTraffic = new TrafficMeter();
  private final Map<String, Supplier<Map<String, String>>> sysValues = new ConcurrentHashMap<>();
  private BrokerMetrics metrics;
  private BrokerCore core;
  private OutboundConnection outbound;
  private ClientWriter adapterWriter;
  private SysTopicPublisher sysTopics;
  private RetainedAdministration retainedAdministration;
  private MetricsAdministration metricsAdministration;
  private ScheduledFuture<?> keepAlive;
  private ScheduledFuture<?> sessionExpiry;
  private ScheduledFuture<?> delayedWills;
  private ScheduledFuture<?> lingeringCloses;
  private ClusterNode cluster;

  @PostConstruct
  void start() {
    try {
      startBroker();
    } catch (RuntimeException e) {
      leaveCluster(); // a node that failed to start must not stay a member the others forward to
      throw e;
    }
  }

  private void startBroker() {
    BrokerConfig config = new BrokerConfig();
    metrics = new BrokerMetrics();
    Router router = new TopicTreeRouter();
    ClusterSettings clusterSettings = ClusterSettings.fromSystemProperties();
    if (clusterSettings.enabled()) {
      cluster = ClusterNode.join(clusterSettings, scheduler);
      router = cluster.routing(router);
    }
    RetainedMessageTree retained = new RetainedMessageTree(store, config);
    if (cluster != null && clusterSettings.sharedDatabase()) {
      store.ownedBy(cluster.address()); // the sessions of the other nodes are theirs to load
    }
    StoreSnapshot snapshot = store.load(); // also brings the schema up to date for access control
    access.start(config);
    core =
        new BrokerCore(
            config,
            metrics,
            router,
            retained,
            store,
            access.gate(),
            System::currentTimeMillis,
            cluster == null ? BrokerDescription.nodeName() : cluster.address());
    retained.restore(snapshot.retained());
    core.sessions().restore(snapshot);
    if (cluster != null) {
      // only now: a retained message or a session message forwarded earlier would be overwritten
      // by the snapshot
      cluster.serve(core.publisher(), store, core.handOver(), core.clientAdministration());
      sysValues.put("cluster", cluster::sysValues);
    }
    outbound = openOutbound();
    adapterWriter = new AdapterClientWriter(outbound);
    keepAlive = core.keepAliveMonitor().start(scheduler);
    sessionExpiry = core.sessionExpiry().start(scheduler);
    delayedWills = core.delayedWills().start(scheduler);
    lingeringCloses = core.lingeringCloses().start(scheduler);
    PublishService publisher = core.publisher();
    SysSources sources =
        new SysSources(
            metrics, router, retained, this::traffic, store::stats, this::extraSysValues);
    sysTopics = new SysTopicPublisher(config, message -> publisher.publish(message, null), sources);
    sysTopics.start(scheduler);
    retainedAdministration = new RetainedAdministration(retained, publisher);
    metricsAdministration =
        new MetricsAdministration(
            sources, core.sessions().sessions()::size, System::currentTimeMillis);
    metricsAdministration.start(scheduler);
    LOG.log(
        Level.INFO,
        "broker started: {0} persistent sessions and {1} retained messages restored",
        snapshot.sessions().size(),
        snapshot.retained().size());
  }

  /** Stops the scheduled work and releases the outbound handle; safe to call twice. */
  @PreDestroy
  public synchronized void stop() {
    leaveCluster();
    if (keepAlive == null) {
      return;
    }
    keepAlive.cancel(false);
    keepAlive = null;
    sessionExpiry.cancel(false);
    delayedWills.cancel(false);
    lingeringCloses.cancel(false);
    sysTopics.stop();
    metricsAdministration.stop();
    outbound.close();
  }

  private synchronized void leaveCluster() {
    if (cluster != null) {
      cluster.leave();
    }
  }

  /** The entry point of every transport. */
  public SessionService sessions() {
    return core.sessions();
  }

  /** The writer for clients of the resource adapter (TCP, TLS). */
  public ClientWriter adapterWriter() {
    return adapterWriter;
  }

  /** The adapter's handle: its client connections and its listeners. */
  public OutboundConnection outbound() {
    return outbound;
  }

  /** Publishes as the broker, through the same path as clients. */
  public PublishService publisher() {
    return core.publisher();
  }

  /** The nodes of the cluster, this one first; this one alone without a cluster. */
  public List<NodeView> nodes() {
    return cluster == null
        ? List.of(new NodeView(BrokerDescription.nodeName(), "", true))
        : cluster.nodes();
  }

  public BrokerMetrics metrics() {
    return metrics;
  }

  /** Clients, sessions, subscriptions, routes, publishing as the broker. */
  public ClientAdmin clientAdministration() {
    return cluster == null
        ? core.clientAdministration()
        : cluster.clients(core.clientAdministration());
  }

  public RetainedAdministration retainedAdministration() {
    return retainedAdministration;
  }

  public MetricsAdministration metricsAdministration() {
    return metricsAdministration;
  }

  /** Where the WebSocket endpoint, which runs in the application, counts its traffic. */
  public TrafficMeter webSocketTraffic() {
    return webSocketTraffic;
  }

  /**
   * The $SYS values other parts of the application report (the gateways), by reporter; each
   * supplier gives topic-to-text values and is called once per $SYS round.
   */
  public Map<String, Supplier<Map<String, String>>> sysValues() {
    return sysValues;
  }

  private Map<String, String> extraSysValues() {
    Map<String, String> values = new TreeMap<>();
    sysValues.values().forEach(source -> values.putAll(source.get()));
    return values;
  }

  /** Every transport's traffic together: the adapter's sockets and the WebSocket endpoint. */
  private TrafficCounters traffic() {
    return outbound.traffic().plus(webSocketTraffic.snapshot());
  }

  private OutboundConnection openOutbound() {
    try {
      return connectionFactory.getConnection();
    } catch (ResourceException e) {
      throw new IllegalStateException("the resource adapter gave no outbound connection", e);
    }
  }
}
