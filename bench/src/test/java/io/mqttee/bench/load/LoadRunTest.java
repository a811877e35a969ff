// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.QoS;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Whole fan-in runs against {@link FakeBroker}, which drops some messages and repeats others. */
@Tag("unit")
class LoadRunTest {

  private static final String SUBSCRIBER = LoadRun.PERSISTENT_SUBSCRIBER_PREFIX + "0";
  private static final long MESSAGES = 2_000;

  private static RunPlan fanIn(int port, ProtocolVersion version, boolean persistent) {
    return new RunPlan(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), port),
        new InetSocketAddress(InetAddress.getLoopbackAddress(), port),
        null,
        null,
        version,
        QoS.AT_LEAST_ONCE,
        List.of("bench/in/0", "bench/in/1"),
        1,
        "bench/in/#",
        persistent,
        64,
        MESSAGES,
        500,
        32,
        0,
        Duration.ZERO,
        Duration.ofSeconds(20),
        0,
        0,
        100);
  }

  private static List<String> connectsOf(FakeBroker broker, String clientId) {
    return broker.events().stream()
        .filter(e -> e.startsWith("CONNECT " + clientId + " "))
        .map(e -> e.substring(("CONNECT " + clientId + " ").length()))
        .toList();
  }

  /** The last DISCONNECT may reach the broker's log just after the run returned. */
  private static long disconnectsOf(FakeBroker broker, String clientId)
      throws InterruptedException {
    long deadline = System.nanoTime() + 2_000_000_000L;
    long count;
    do {
      count = broker.events().stream().filter(("DISCONNECT " + clientId)::equals).count();
      if (count >= 3) {
        break;
      }
      Thread.sleep(10);
    } while (System.nanoTime() < deadline);
    return count;
  }

  private static void assertCountsOf(FakeBroker broker, Measurement m) {
    assertTrue(broker.dropped() > 0 && broker.duplicated() > 0, "the broker misbehaved");
    assertEquals(
        broker.dropped(), m.lost(), "lost: acknowledged to the publisher, never delivered");
    assertEquals(broker.duplicated(), m.duplicates());
    assertEquals(0, m.unacked());
  }

  @Test
  @Timeout(30)
  void persistentSubscriberConnectsWithCleanSessionZeroAndItsSessionIsDiscardedAround()
      throws Exception {
    try (FakeBroker broker = new FakeBroker()) {
      Measurement m = new LoadRun(fanIn(broker.port(), ProtocolVersion.MQTT_3_1_1, true)).execute();

      assertEquals(
          List.of("clean=true expiry=0", "clean=false expiry=0", "clean=true expiry=0"),
          connectsOf(broker, SUBSCRIBER));
      assertEquals(3, disconnectsOf(broker, SUBSCRIBER));
      assertCountsOf(broker, m);
    }
  }

  @Test
  @Timeout(30)
  void overMqtt5APersistentSessionIsCleanStartWithAnExpiryInterval() throws Exception {
    try (FakeBroker broker = new FakeBroker()) {
      Measurement m = new LoadRun(fanIn(broker.port(), ProtocolVersion.MQTT_5, true)).execute();

      assertEquals(
          List.of("clean=true expiry=0", "clean=true expiry=3600", "clean=true expiry=0"),
          connectsOf(broker, SUBSCRIBER));
      assertEquals(3, disconnectsOf(broker, SUBSCRIBER));
      assertCountsOf(broker, m);
    }
  }

  @Test
  @Timeout(30)
  void withoutTheOptionEveryClientHasACleanSessionOfItsOwn() throws Exception {
    try (FakeBroker broker = new FakeBroker()) {
      Measurement m =
          new LoadRun(fanIn(broker.port(), ProtocolVersion.MQTT_3_1_1, false)).execute();

      List<String> connects =
          broker.events().stream().filter(e -> e.startsWith("CONNECT ")).toList();
      assertEquals(3, connects.size(), connects.toString());
      assertTrue(connects.stream().allMatch(e -> e.endsWith(" clean=true expiry=0")));
      assertTrue(connects.stream().noneMatch(e -> e.contains("persistent")));
      assertCountsOf(broker, m);
    }
  }
}
