// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.e2e.support.Broker;
import io.mqttee.e2e.support.PahoClient;
import io.mqttee.e2e.support.Received;
import io.mqttee.e2e.support.ServerProcess;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A persistent session and its queued QoS 1 messages survive a redeployment of the broker, and the
 * acknowledged ones survive a server killed without warning.
 */
@Tag("e2e")
@Tag("container")
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class SessionRestartIT {

  private static final String DEPLOYMENT = "mqttee";

  @ArquillianResource private Deployer deployer;

  @Deployment(name = DEPLOYMENT, managed = false, testable = false)
  static EnterpriseArchive mqttee() {
    return Broker.ear();
  }

  @Test
  void keepsQueuedQos1MessagesOfAPersistentSessionAcrossRedeploy() throws Exception {
    // MQTT-3.1.2-4: session state is kept after the network connection closes, which a broker
    // that stores sessions must honour across its own restart too
    String clientId = Broker.clientId("durable");
    String topic = Broker.topicRoot("restart") + "/t";
    deployer.deploy(DEPLOYMENT);
    try {
      subscribeAndQueue(clientId, topic);
      deployer.undeploy(DEPLOYMENT);
      deployer.deploy(DEPLOYMENT);
      assertQueuedMessagesArrive(clientId);
    } finally {
      deployer.undeploy(DEPLOYMENT);
    }
  }

  @Test
  void keepsAcknowledgedQos1MessagesOfAPersistentSessionWhenTheServerIsKilled() throws Exception {
    // The PUBACK for a message a persistent session holds goes out after its store commit, so a
    // publisher that saw the PUBACK may rely on the message even if the server dies right after.
    String clientId = Broker.clientId("crash");
    deployer.deploy(DEPLOYMENT);
    try {
      subscribeAndQueue(clientId, Broker.topicRoot("crash") + "/t");
      ServerProcess.kill();
      ServerProcess.start();
      assertQueuedMessagesArrive(clientId);
    } finally {
      deployer.undeploy(DEPLOYMENT);
    }
  }

  /** Subscribes a persistent session, disconnects it, and publishes three acknowledged messages. */
  private static void subscribeAndQueue(String clientId, String topic) throws Exception {
    try (PahoClient subscriber = PahoClient.connect(clientId, o -> o.setCleanSession(false))) {
      subscriber.subscribe(topic, 1);
      subscriber.disconnect();
    }
    try (PahoClient publisher = PahoClient.connect(Broker.clientId("pub"))) {
      for (int i = 0; i < 3; i++) {
        publisher.publish(topic, "queued " + i, 1, false); // returns after the PUBACK
      }
    }
  }

  private static void assertQueuedMessagesArrive(String clientId) throws Exception {
    try (PahoClient subscriber = PahoClient.connect(clientId, o -> o.setCleanSession(false))) {
      assertTrue(subscriber.sessionPresent(), "CONNACK session present after the restart");
      List<String> texts =
          subscriber.next(3, Duration.ofSeconds(15)).stream().map(Received::text).toList();
      assertEquals(List.of("queued 0", "queued 1", "queued 2"), texts);
    }
  }
}
