// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.e2e.support.Broker;
import io.mqttee.e2e.support.Database;
import io.mqttee.e2e.support.RawSession;
import io.mqttee.e2e.support.ServerProcess;
import io.mqttee.protocol.packet.QoS;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Crash safety: an acknowledgement that promises state leaves the broker only once the store has
 * committed that state, so the promise holds even when the server JVM is killed (SIGKILL) the
 * moment the acknowledgement arrives. Each round prepares many clients, lets each do one kind of
 * acknowledged action at the same time ({@link SessionPromises}, {@link Mqtt5SessionPromises},
 * {@link MessagePromises}), kills the server as soon as the last acknowledgement is in, starts it
 * again and checks every promise. Subclasses name the database; each class restarts the server
 * {@value #ROUNDS} times and deploys the broker once per test.
 */
@Tag("e2e")
@Tag("container")
@RunAsClient
@ExtendWith(ArquillianExtension.class)
abstract class CrashSafetyIT {

  static final String DEPLOYMENT = "mqttee";
  private static final int ROUNDS = 2;
  private static final Duration ACT_TIMEOUT = Duration.ofMinutes(2);

  @ArquillianResource private Deployer deployer;

  @Deployment(name = DEPLOYMENT, managed = false, testable = false)
  static EnterpriseArchive mqttee() {
    return Broker.ear();
  }

  /** The database this class runs the broker on. */
  abstract Database database();

  /** Checks, right after each deployment, that the broker uses {@link #database}. */
  void deployed() throws Exception {}

  /** A test body that runs while the broker is deployed. */
  @FunctionalInterface
  interface Body {
    void run() throws Exception;
  }

  @Test
  void keepsEveryAcknowledgedPromiseWhenTheServerIsKilledRightAfterTheLastAcknowledgement()
      throws Exception {
    // each promise names its statements: MQTT-3.1.2-4, -5, -23, MQTT-3.2.2-2, -3, MQTT-3.3.1-5,
    // -6, -8, -10, MQTT-3.10.4-1, -2, MQTT-4.3.3-2, MQTT-4.4.0-1, MQTT-4.6.0-6, MQTT 5 3.14.2.2.2
    onDeployedBroker(
        () -> {
          for (int round = 1; round <= ROUNDS; round++) {
            crashRound(round);
          }
        });
  }

  @Test
  void keepsQueuedQos1MessagesOfAPersistentSessionAcrossRedeploy() throws Exception {
    // MQTT-3.1.2-4, MQTT-3.1.2-5: the session and the messages queued for it while it is offline
    // outlive the network connection, and so an undeployment of the broker that stores them
    String clientId = Broker.clientId("durable");
    String topic = root("redeploy") + "/t";
    List<String> queued = List.of("queued 0", "queued 1", "queued 2");
    onDeployedBroker(
        () -> {
          try (RawSession subscriber = RawSession.connect(clientId, false)) {
            assertEquals(List.of(1), subscriber.subscribe(QoS.AT_LEAST_ONCE, topic), "SUBACK");
            subscriber.disconnect();
          }
          try (RawSession publisher = RawSession.connect(Broker.clientId("pub"), true)) {
            publisher.publishAll(topic, queued, 1);
          }
          deployer.undeploy(DEPLOYMENT);
          deployer.deploy(DEPLOYMENT);
          try (RawSession subscriber = RawSession.connect(clientId, false)) {
            assertTrue(subscriber.sessionPresent(), "CONNACK session present after redeploy");
            List<String> texts =
                SessionPromises.texts(subscriber.receive(queued.size(), RawSession.WAIT));
            assertEquals(queued, texts);
          }
        });
  }

  /** A topic root unique to this run, test and database. */
  final String root(String test) {
    return Broker.topicRoot(test + "-" + database().name().toLowerCase(Locale.ROOT));
  }

  /**
   * Points the server at this class's database, deploys the broker, runs the body, undeploys, and
   * points the server back at H2, the other test classes' database.
   */
  final void onDeployedBroker(Body body) throws Exception {
    ServerProcess.ensureRunning();
    database().select();
    try {
      deployer.deploy(DEPLOYMENT);
      try {
        deployed();
        body.run();
      } finally {
        deployer.undeploy(DEPLOYMENT);
      }
    } finally {
      Database.H2.select();
    }
  }

  private void crashRound(int round) throws Exception {
    String root = root("crash-" + round);
    List<AcknowledgedAction> actions =
        List.of(
            new SessionPromises.NewSession(),
            new SessionPromises.Subscription(root),
            new SessionPromises.Unsubscription(root),
            new SessionPromises.QueueToTheLimit(root),
            new Mqtt5SessionPromises.QueuedForAnExpiringSession(root),
            new Mqtt5SessionPromises.ExpiryRaisedAtDisconnect(root),
            new Mqtt5SessionPromises.ExpiryEndedAtDisconnect(root),
            new MessagePromises.Retained(root),
            new MessagePromises.ExactlyOnceAfterPubrec(root),
            new MessagePromises.PacketIdReleasedByPubcomp(root));
    try {
      for (AcknowledgedAction action : actions) {
        action.prepare();
      }
      Map<AcknowledgedAction, Throwable> failedBeforeTheKill = actAndKill(actions);
      ServerProcess.start();
      List<Executable> checks = new ArrayList<>();
      for (AcknowledgedAction action : actions) {
        checks.add(check(action, failedBeforeTheKill.get(action)));
      }
      assertAll(database() + ", round " + round + " of " + ROUNDS, checks);
    } finally {
      for (AcknowledgedAction action : actions) {
        action.close();
      }
    }
  }

  /**
   * Starts every action at the same moment, waits until each has its last acknowledgement (or
   * failed), and kills the server at once; returns the actions that failed, with their failures.
   */
  private static Map<AcknowledgedAction, Throwable> actAndKill(List<AcknowledgedAction> actions)
      throws Exception {
    Map<AcknowledgedAction, Throwable> failed = new IdentityHashMap<>();
    ExecutorService threads = Executors.newFixedThreadPool(actions.size());
    try {
      CountDownLatch start = new CountDownLatch(1);
      Map<AcknowledgedAction, Future<?>> running = new LinkedHashMap<>();
      for (AcknowledgedAction action : actions) {
        running.put(
            action,
            threads.submit(
                () -> {
                  start.await();
                  action.act();
                  return null;
                }));
      }
      start.countDown();
      long deadline = System.nanoTime() + ACT_TIMEOUT.toNanos();
      for (Map.Entry<AcknowledgedAction, Future<?>> action : running.entrySet()) {
        try {
          action.getValue().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
          failed.put(action.getKey(), e.getCause());
        } catch (TimeoutException e) {
          failed.put(action.getKey(), new AssertionError("not acknowledged within " + ACT_TIMEOUT));
        }
      }
      ServerProcess.kill(); // the last acknowledgement has just arrived
    } finally {
      threads.shutdownNow();
    }
    return failed;
  }

  /** The check of one action's promise after the restart, named by the promise. */
  private static Executable check(AcknowledgedAction action, Throwable failedBeforeTheKill) {
    return () -> {
      if (failedBeforeTheKill != null) {
        throw new AssertionError(
            action.promise() + "\nfailed before the kill: " + failedBeforeTheKill,
            failedBeforeTheKill);
      }
      try {
        action.verify();
      } catch (Exception | AssertionError e) {
        throw new AssertionError(action.promise() + "\nafter the restart: " + e.getMessage(), e);
      }
    };
  }
}
