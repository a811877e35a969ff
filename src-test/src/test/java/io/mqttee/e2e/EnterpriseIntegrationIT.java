// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.e2e.support.Broker;
import io.mqttee.e2e.support.PahoClient;
import io.mqttee.e2e.support.Received;
import io.mqttee.e2e.support.SensorsExample;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The example application (examples/sensors) beside the broker: its message-driven bean stores what
 * Paho clients publish, through the adapter's application API, and its REST endpoint publishes to
 * them inside a JTA transaction.
 */
@Tag("e2e")
@Tag("container")
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class EnterpriseIntegrationIT {

  private static final String SENSORS = "sensors";
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Duration QUIET = Duration.ofSeconds(2);

  @ArquillianResource private Deployer deployer;

  @Deployment(name = "mqttee", order = 1, testable = false)
  static EnterpriseArchive mqttee() {
    return Broker.ear();
  }

  @Deployment(name = SENSORS, order = 2, managed = false, testable = false)
  static WebArchive sensors() {
    return SensorsExample.war();
  }

  @FunctionalInterface
  interface Body {
    void run() throws Exception;
  }

  private void withSensors(Body body) throws Exception {
    deployer.deploy(SENSORS);
    try {
      body.run();
    } finally {
      deployer.undeploy(SENSORS);
    }
  }

  private static String sensor(String name) {
    return name + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Polls until the sensor has {@code count} readings, then waits a little for any extra one. */
  private static List<String> awaitReadings(String sensor, int count) throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (SensorsExample.readings(sensor).size() < count && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    Thread.sleep(QUIET.toMillis());
    return SensorsExample.readings(sensor);
  }

  @Test
  void aReadingPublishedByAPahoClientIsStoredExactlyOnce() throws Exception {
    String sensor = sensor("once");
    withSensors(
        () -> {
          try (PahoClient device = PahoClient.connect(Broker.clientId("sensor"))) {
            device.publish("sensors/" + sensor + "/reading", "21.5", 1, false);
          }
          assertEquals(List.of("21.5 1"), awaitReadings(sensor, 1));
        });
  }

  @Test
  void aRolledBackDeliveryIsRedeliveredAndStoredOnceThenAPoisonMessageGoesToTheDeadLetterTopic()
      throws Exception {
    String flaky = sensor("flaky");
    String poison = sensor("poison");
    withSensors(
        () -> {
          try (PahoClient device = PahoClient.connect(Broker.clientId("sensor"));
              PahoClient operator = PahoClient.connect(Broker.clientId("operator"))) {
            operator.subscribe("dead-letter/sensors/+/reading", 1);
            device.publish("sensors/" + flaky + "/reading", "flaky:7.25", 1, false);
            // the first delivery wrote a row and threw: the rollback removed it, delivery 2 stored
            assertEquals(List.of("7.25 2"), awaitReadings(flaky, 1));

            device.publish("sensors/" + poison + "/reading", "not a number", 1, false);
            Received letter = operator.next(WAIT);
            assertEquals("dead-letter/sensors/" + poison + "/reading", letter.topic());
            assertEquals("not a number", letter.text());
            assertEquals(List.of(), SensorsExample.readings(poison));

            // in order, and the bean still subscribed: the next reading is stored
            device.publish("sensors/" + poison + "/reading", "1.5", 1, false);
            assertEquals(List.of("1.5 1"), awaitReadings(poison, 1));
          }
        });
  }

  @Test
  void readingsPublishedWhileTheApplicationIsUndeployedAreStoredWhenItComesBack() throws Exception {
    String sensor = sensor("offline");
    withSensors(
        () -> {
          try (PahoClient device = PahoClient.connect(Broker.clientId("sensor"))) {
            device.publish("sensors/" + sensor + "/reading", "1", 1, false);
            assertEquals(List.of("1.0 1"), awaitReadings(sensor, 1));
            deployer.undeploy(SENSORS);
            device.publish("sensors/" + sensor + "/reading", "2", 1, false);
            device.publish("sensors/" + sensor + "/reading", "3", 1, false);
            deployer.deploy(SENSORS);
          }
          // the table is created again at deployment: only the queued readings are there
          assertEquals(List.of("2.0 1", "3.0 1"), awaitReadings(sensor, 2));
        });
  }

  @Test
  void aCommandPublishedInARolledBackTransactionIsNotDelivered() throws Exception {
    String device = sensor("device");
    withSensors(
        () -> {
          try (PahoClient client = PahoClient.connect(Broker.clientId("device"))) {
            client.subscribe("devices/" + device + "/commands", 1);

            assertEquals(500, SensorsExample.sendCommand(device, "rolled back", true));
            assertEquals(202, SensorsExample.sendCommand(device, "committed", false));

            assertEquals("committed", client.next(WAIT).text());
            assertEquals(List.of(), client.drain(QUIET));
            assertTrue(client.isConnected());
          }
        });
  }
}
