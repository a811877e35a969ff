// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.store.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.broker.store.StoreSnapshot;
import io.mqttee.broker.store.StoreSnapshot.SessionState;
import io.mqttee.broker.store.StoredMessage;
import io.mqttee.broker.store.StoredSession;
import io.mqttee.broker.store.StoredSubscription;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.QoS;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The store end to end on H2: its writer thread, batches and transactions, without a container. */
@Tag("unit")
class JpaMessageStoreTest {
  private static final StoredSubscription SUB =
      new StoredSubscription("a/+", null, 1, false, false, 0, 0);
  private final EntityManagerFactory emf =
      Persistence.createEntityManagerFactory(
          "mqttee-store-test",
          Map.of(
              "jakarta.persistence.jdbc.url",
              "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
  private final JpaMessageStore store = new JpaMessageStore(1000);

  JpaMessageStoreTest() {
    store.startWriter(
        new StoreTransaction() {
          @Override
          public void commit(List<StoreOperation> operations) {
            JpaMessageStoreTest.this.commit(operations);
          }

          @Override
          public boolean reachable() {
            return true;
          }
        },
        Thread::new);
  }

  @AfterEach
  void close() {
    store.stop();
    emf.close();
  }

  private <T> T inTransaction(Function<StoreRepositories, T> work) {
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(StoreRepositories.of(em));
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  private void commit(List<StoreOperation> operations) {
    inTransaction(
        r -> {
          operations.forEach(op -> op.applyTo(r));
          return null;
        });
  }

  private StoreSnapshot snapshot() {
    return inTransaction(
        r ->
            SnapshotAssembler.assemble(
                r.sessions().findAll(),
                r.subscriptions().findAll(),
                r.messages().findAll(),
                r.pendingReleases().findAll(),
                r.retained().findAll()));
  }

  private void awaitDurable() throws InterruptedException {
    CountDownLatch durable = new CountDownLatch(1);
    store.whenDurable(durable::countDown, () -> {});
    assertTrue(durable.await(10, TimeUnit.SECONDS));
  }

  private static Publish publish(String topic, int payload) {
    return new Publish(
        topic,
        QoS.AT_LEAST_ONCE,
        false,
        false,
        0,
        new byte[] {(byte) payload},
        MqttProperties.EMPTY);
  }

  @Test
  void keepsSessionsSubscriptionsMessagesAndRetainedMessagesForTheNextStart()
      throws InterruptedException {
    store.sessionSaved(new StoredSession("c", 5, 3600, 0));
    store.subscriptionSaved("c", SUB);
    store.messageQueued("c", 1, publish("a/1", 1));
    store.messageQueued("c", 2, publish("a/2", 2));
    store.messageQueued("c", 3, publish("a/3", 3));
    store.messageSent("c", 1, 11);
    store.messageCompleted("c", 1);
    store.messageSent("c", 2, 12);
    store.messageReceived("c", 2);
    store.retainedSaved(publish("r/1", 9), 0);
    awaitDurable();
    store.sessionSaved(new StoredSession("c", 5, 3600, 4242));
    store.messageCompleted("c", 3);
    awaitDurable();

    StoreSnapshot snapshot = snapshot();
    SessionState state = snapshot.sessions().get(0);
    assertEquals(4242, state.session().disconnectedAtMillis());
    assertEquals(List.of(SUB), state.subscriptions());
    List<StoredMessage> messages = state.messages();
    assertEquals(1, messages.size());
    assertEquals(new StoredMessage(2, messages.get(0).message(), 12, true), messages.get(0));
    assertEquals("r/1", snapshot.retained().get(0).message().topic());
  }

  @Test
  void runsTheDurabilityActionOnlyOnceItsMessageIsCommitted() throws InterruptedException {
    AtomicInteger seenByAction = new AtomicInteger(-1);
    CountDownLatch done = new CountDownLatch(1);
    store.sessionSaved(new StoredSession("c", 4, 0xFFFFFFFFL, 0));
    store.messageQueued("c", 1, publish("t", 1));
    store.whenDurable(
        () -> {
          seenByAction.set(inTransaction(r -> r.messages().findAll().size()));
          done.countDown();
        },
        () -> {});

    assertTrue(done.await(10, TimeUnit.SECONDS));
    assertEquals(1, seenByAction.get());
  }

  @Test
  void forgetsARemovedSessionButKeepsTheNewOneOfTheSameClient() throws InterruptedException {
    store.sessionSaved(new StoredSession("c", 4, 0xFFFFFFFFL, 0));
    store.subscriptionSaved("c", SUB);
    store.messageQueued("c", 1, publish("old", 1));
    store.sessionRemoved("c");
    store.sessionSaved(new StoredSession("c", 5, 60, 0));
    store.messageQueued("c", 1, publish("new", 2));
    awaitDurable();

    SessionState state = snapshot().sessions().get(0);
    assertEquals(5, state.session().protocolLevel());
    assertEquals(List.of(), state.subscriptions());
    assertEquals("new", state.messages().get(0).message().topic());
  }

  @Test
  void dropsOnlyTheOperationThatCannotBeStoredAndWithholdsTheAcknowledgement()
      throws InterruptedException {
    store.retainedSaved(publish("x".repeat(5000), 1), 0);
    store.retainedSaved(publish("ok", 2), 0);
    CountDownLatch failed = new CountDownLatch(1);
    store.whenDurable(() -> {}, failed::countDown);
    // appended before the drop was found: failed whether it shared the batch or came after it
    assertTrue(failed.await(10, TimeUnit.SECONDS));

    assertEquals(1, store.stats().droppedOperations());
    assertEquals(
        List.of("ok"), snapshot().retained().stream().map(e -> e.message().topic()).toList());
  }

  @Test
  void keepsInboundQos2PacketIdsUntilReleasedAndForgetsThemWithTheSession()
      throws InterruptedException {
    store.sessionSaved(new StoredSession("c", 4, 0xFFFFFFFFL, 0));
    store.sessionSaved(new StoredSession("d", 4, 0xFFFFFFFFL, 0));
    store.inboundReceived("c", 7);
    store.inboundReceived("c", 8);
    store.inboundReleased("c", 7);
    store.inboundReceived("d", 1);
    store.sessionRemoved("d");
    awaitDurable();

    StoreSnapshot snapshot = snapshot();
    assertEquals(1, snapshot.sessions().size());
    assertEquals(List.of(8), snapshot.sessions().get(0).awaitingRelease());
  }

  @Test
  void refusesAWriteTooLongForItsColumnAndFailsOnlyTheAcknowledgementOfItsThread()
      throws Exception {
    CountDownLatch otherAcked = new CountDownLatch(1);
    Thread other =
        new Thread(
            () -> {
              store.retainedSaved(publish("fine", 1), 0);
              store.whenDurable(otherAcked::countDown, () -> {});
            });
    store.retainedSaved(publish("y".repeat(2000), 1), 0);
    other.start();
    other.join();
    CountDownLatch failed = new CountDownLatch(1);
    store.whenDurable(() -> {}, failed::countDown);

    assertTrue(failed.await(10, TimeUnit.SECONDS), "the refused write's acknowledgement fails");
    assertTrue(otherAcked.await(10, TimeUnit.SECONDS), "another client's acknowledgement goes out");
    assertEquals(0, store.stats().failedCommits(), "nothing bad reached the database");
  }
}
