// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.store.jpa;

import io.mqttee.broker.config.BrokerConfig;
import io.mqttee.broker.store.MessageStore;
import io.mqttee.broker.store.StoreSnapshot;
import io.mqttee.broker.store.StoreSnapshot.SessionState;
import io.mqttee.broker.store.StoreStats;
import io.mqttee.broker.store.StoredSession;
import io.mqttee.broker.store.StoredSubscription;
import io.mqttee.broker.store.jpa.StoreOperation.AwaitRelease;
import io.mqttee.broker.store.jpa.StoreOperation.CompleteMessage;
import io.mqttee.broker.store.jpa.StoreOperation.MarkReceived;
import io.mqttee.broker.store.jpa.StoreOperation.MarkSent;
import io.mqttee.broker.store.jpa.StoreOperation.QueueMessage;
import io.mqttee.broker.store.jpa.StoreOperation.Release;
import io.mqttee.broker.store.jpa.StoreOperation.RemoveRetained;
import io.mqttee.broker.store.jpa.StoreOperation.RemoveSession;
import io.mqttee.broker.store.jpa.StoreOperation.RemoveSubscription;
import io.mqttee.broker.store.jpa.StoreOperation.SaveRetained;
import io.mqttee.broker.store.jpa.StoreOperation.SaveSession;
import io.mqttee.broker.store.jpa.StoreOperation.SaveSubscription;
import io.mqttee.persistence.schema.SchemaMigrations;
import io.mqttee.protocol.packet.Publish;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;

/**
 * The message store on JPA, write-behind: calls append to a {@link WriteBehindLog} and return at
 * once (unless the log is full); one managed thread commits the log in batches through {@link
 * JpaStoreTransaction}, each forced to disk before its acknowledgements go out. A supervisor
 * restarts that thread should it ever end while the store runs. A CDI bean rather than a singleton
 * EJB, because it is called on the packet path and needs no container lock or transaction there.
 * The schema is brought up to date by the versioned migrations before anything is read.
 */
@ApplicationScoped
public class JpaMessageStore implements MessageStore {
  private static final Logger LOG = System.getLogger(JpaMessageStore.class.getName());
  private static final int MAX_BATCH_ENTRIES = 1000;
  private static final long STOP_WAIT_MILLIS = 30_000;
  private static final long SUPERVISE_SECONDS = 1;

  private final WriteBehindLog log;
  private final LongAdder refused = new LongAdder();
  private final ThreadLocal<Boolean> refusedOnThisThread = ThreadLocal.withInitial(() -> false);
  private final int maxPending;

  @Inject StoreBatchWriter batchWriter;
  @Inject StoreSnapshotLoader snapshotLoader;
  @Resource ManagedThreadFactory threadFactory;
  @Resource ManagedScheduledExecutorService scheduler;

  @Resource(lookup = StoreBatchWriter.DATASOURCE)
  DataSource dataSource;

  private volatile String owner;
  private LogDrainer drainer;
  private ThreadFactory threads;
  private volatile Thread writer;
  private volatile boolean stopping;
  private ScheduledFuture<?> supervision;
  private ExecutorService replies;

  public JpaMessageStore() {
    this(new BrokerConfig().storeMaxPendingEntries());
  }

  JpaMessageStore(int maxPending) {
    this.maxPending = maxPending;
    this.log = new WriteBehindLog(MAX_BATCH_ENTRIES, maxPending);
  }

  @PostConstruct
  void start() {
    SchemaMigrations.migrate(dataSource);
    startWriter(new JpaStoreTransaction(batchWriter, dataSource), threadFactory);
    supervision =
        scheduler.scheduleWithFixedDelay(
            this::superviseWriter, SUPERVISE_SECONDS, SUPERVISE_SECONDS, TimeUnit.SECONDS);
  }

  /** Starts the one writer thread, committing batches through {@code transaction}. */
  void startWriter(StoreTransaction transaction, ThreadFactory threadFactory) {
    replies = Executors.newSingleThreadExecutor(named(threadFactory, "mqttee-store-replies"));
    drainer = new LogDrainer(log, transaction, maxPending, replies);
    threads = threadFactory;
    newWriter();
  }

  private void newWriter() {
    Thread thread = threads.newThread(drainer);
    thread.setName("mqttee-store-writer");
    writer = thread;
    thread.start();
  }

  /** Restarts the writer if it ended while the store runs; the drainer keeps its unwritten work. */
  synchronized void superviseWriter() {
    if (!stopping && !writer.isAlive()) {
      LOG.log(Level.ERROR, "store writer thread ended unexpectedly; starting a new one");
      newWriter();
    }
  }

  /** Commits what is still in the log, then ends the writer thread. */
  @PreDestroy
  void stop() {
    synchronized (this) {
      stopping = true;
    }
    if (supervision != null) {
      supervision.cancel(false);
    }
    drainer.stop();
    try {
      writer.join(STOP_WAIT_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (writer.isAlive() || log.pending() > 0) {
      LOG.log(Level.WARNING, "store stopped with {0} entries not written", log.pending());
    }
    replies.shutdown();
    try {
      replies.awaitTermination(STOP_WAIT_MILLIS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadFactory named(ThreadFactory threads, String name) {
    return task -> {
      Thread thread = threads.newThread(task);
      thread.setName(name);
      return thread;
    };
  }

  @Override
  public StoreStats stats() {
    return drainer.counters().snapshot(log.pending(), refused.sum());
  }

  /** Reads the database directly; meant for start-up, before anything is appended. */
  @Override
  public StoreSnapshot load() {
    return snapshotLoader.load(owner);
  }

  @Override
  public void ownedBy(String node) {
    this.owner = node;
  }

  @Override
  public SessionState loadSession(String clientId) {
    return snapshotLoader.loadSession(clientId);
  }

  @Override
  public void sessionSaved(StoredSession session) {
    append(new SaveSession(session, owner));
  }

  @Override
  public void sessionRemoved(String clientId) {
    append(new RemoveSession(clientId));
  }

  @Override
  public void subscriptionSaved(String clientId, StoredSubscription subscription) {
    append(new SaveSubscription(clientId, subscription));
  }

  @Override
  public void subscriptionRemoved(String clientId, String topicFilter) {
    subscriptionRemoved(clientId, topicFilter, null);
  }

  @Override
  public void subscriptionRemoved(String clientId, String topicFilter, String shareGroup) {
    append(new RemoveSubscription(clientId, topicFilter, shareGroup));
  }

  @Override
  public void messageQueued(String clientId, long sequence, Publish message) {
    append(new QueueMessage(clientId, sequence, message, 0, false));
  }

  @Override
  public void messageSent(String clientId, long sequence, int packetId) {
    append(new MarkSent(clientId, sequence, packetId));
  }

  @Override
  public void messageReceived(String clientId, long sequence) {
    append(new MarkReceived(clientId, sequence));
  }

  @Override
  public void messageCompleted(String clientId, long sequence) {
    append(new CompleteMessage(clientId, sequence));
  }

  @Override
  public void inboundReceived(String clientId, int packetId) {
    append(new AwaitRelease(clientId, packetId));
  }

  @Override
  public void inboundReleased(String clientId, int packetId) {
    append(new Release(clientId, packetId));
  }

  @Override
  public void retainedSaved(Publish message, long expiresAtMillis) {
    append(new SaveRetained(message, expiresAtMillis));
  }

  @Override
  public void retainedRemoved(String topic) {
    append(new RemoveRetained(topic));
  }

  @Override
  public void whenDurable(Runnable onDurable, Runnable onFailed) {
    if (refusedOnThisThread.get()) {
      // the write this acknowledgement stands for was refused: after the writes before it, fail
      refusedOnThisThread.remove();
      log.whenDurable(onFailed, onFailed);
    } else {
      log.whenDurable(onDurable, onFailed);
    }
  }

  /**
   * Appends a write, or refuses one that cannot fit the columns: the next acknowledgement the same
   * thread waits for then fails instead (the calls of one packet's handling run on one thread).
   */
  private void append(StoreOperation op) {
    if (StoreLimits.fits(op)) {
      log.append(op);
      return;
    }
    refused.increment();
    refusedOnThisThread.set(Boolean.TRUE);
    LOG.log(
        Level.WARNING,
        "store refused {0}: a client id or topic longer than its column",
        op.getClass().getSimpleName());
  }
}
