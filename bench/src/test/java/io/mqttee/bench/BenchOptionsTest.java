// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.bench.load.RunPlan;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class BenchOptionsTest {

  @Test
  void refusesATargetOffThisMachine() {
    assertThrows(
        IllegalArgumentException.class,
        () -> BenchOptions.parse("--scenario", "fanin", "--host", "192.0.2.1"));
  }

  @Test
  void refusesUnknownOptionsAndQos2() {
    assertThrows(
        IllegalArgumentException.class, () -> BenchOptions.parse("--scenario=fanin", "--bogus=1"));
    assertThrows(
        IllegalArgumentException.class, () -> BenchOptions.parse("--scenario=fanin", "--qos=2"));
  }

  @Test
  void mqttSnFanInSendsAHundredClientsToTheGatewayAndSubscribesOverMqtt() {
    BenchOptions options =
        BenchOptions.parse("--scenario", "mqttsn-fanin", "--qos", "1", "--mqttsn-port", "11884");
    RunPlan plan = options.scenario().plan(options);
    assertEquals(100, plan.publishers());
    assertEquals("bench/sn/99", plan.publishTopics().get(99));
    assertEquals("bench/sn/#", plan.subscribeFilter());
    assertEquals(11884, plan.mqttSnGateway().getPort());
    assertEquals(1883, plan.address().getPort());
    assertNull(BenchOptions.parse("--scenario", "fanin").scenario().plan(options).mqttSnGateway());
  }

  @Test
  void fanOutDefaultsToOnePublisherAndAThousandSubscribers() {
    BenchOptions options = BenchOptions.parse("--scenario", "fanout", "--port=1884");
    RunPlan plan = options.scenario().plan(options);
    assertEquals(1, plan.publishers());
    assertEquals(1000, plan.subscribers());
    assertEquals(1884, plan.address().getPort());
  }

  @Test
  void latencyIsPacedAndRecordsEverySampleOfTheWindow() {
    BenchOptions options = BenchOptions.parse("--scenario", "latency", "--duration", "5");
    RunPlan plan = options.scenario().plan(options);
    assertEquals(1000, plan.ratePerSecond());
    assertEquals(6000, plan.latencySamples());
  }

  @Test
  void webSocketTransportDefaultsToPort8083AndPathMqtt() {
    BenchOptions options = BenchOptions.parse("--scenario", "fanin", "--transport", "ws");
    RunPlan plan = options.scenario().plan(options);
    assertEquals(8083, plan.address().getPort());
    assertEquals("/mqtt", plan.webSocketPath());
    assertEquals("ws", plan.transport());
  }

  @Test
  void tcpHasNoPathAndAPathWithoutWebSocketIsRefused() {
    BenchOptions options = BenchOptions.parse("--scenario", "fanin");
    assertNull(options.scenario().plan(options).webSocketPath());
    assertThrows(
        IllegalArgumentException.class, () -> BenchOptions.parse("--scenario=fanin", "--path=/x"));
    assertThrows(
        IllegalArgumentException.class,
        () -> BenchOptions.parse("--scenario=fanin", "--transport=ws", "--path=/a b"));
    assertThrows(
        IllegalArgumentException.class,
        () -> BenchOptions.parse("--scenario=fanin", "--transport=quic"));
  }

  @Test
  void persistentSubscriberIsAFlagWithoutAValue() {
    BenchOptions options =
        BenchOptions.parse("--scenario", "fanin", "--persistent-subscriber", "--qos", "1");
    RunPlan plan = options.scenario().plan(options);
    assertTrue(plan.persistentSubscribers());
    assertEquals(1, plan.qos().value());
    assertFalse(BenchOptions.parse("--scenario=fanin").persistentSubscribers());
    assertThrows(
        IllegalArgumentException.class,
        () -> BenchOptions.parse("--scenario=fanin", "--persistent-subscriber=1"));
  }
}
