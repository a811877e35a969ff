// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mqttee.e2e.support.Broker;
import io.mqttee.e2e.support.MosquittoCli;
import io.mqttee.e2e.support.MosquittoCli.Result;
import io.mqttee.e2e.support.MosquittoCli.Subscriber;
import io.mqttee.e2e.support.RawMqttClient;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.QoS;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed's mosquitto_pub / mosquitto_sub examples, run against the broker. */
class MosquittoClientsIT extends DeployedBroker {

  private static final Duration RUN = Duration.ofSeconds(15);

  /** mosquitto_sub's exit status when -W elapsed without -C messages. */
  private static final int TIMED_OUT = 27;

  @Test
  void mosquittoSubOnSingleLevelWildcardReceivesMosquittoPubAtQos1() throws Exception {
    // seed: mosquitto_sub -t a/b/+ -q 1; mosquitto_pub -t a/b/c -m hello -q 1
    String root = Broker.topicRoot("cli");
    Subscriber sub =
        MosquittoCli.startSubscriber("-C", "1", "-W", "10", "-t", root + "/a/b/+", "-q", "1");
    sub.awaitSubscribed(Duration.ofSeconds(10));
    Result pub = MosquittoCli.publish(RUN, "-t", root + "/a/b/c", "-m", "hello", "-q", "1");
    assertEquals(0, pub.exitCode(), "mosquitto_pub: " + pub.lines());
    Result received = sub.await(RUN);
    assertEquals(0, received.exitCode(), "mosquitto_sub: " + received.lines());
    assertEquals(List.of("hello"), received.messages());
  }

  @Test
  void mosquittoSubReceivesTheMessageRetainedByMosquittoPub() throws Exception {
    // seed: mosquitto_pub -r -q 1 -t a/b/c -m 'hello'; then mosquitto_sub -t a/b/c -q 1 prints it
    String topic = Broker.topicRoot("cli-retain") + "/a/b/c";
    Result pub = MosquittoCli.publish(RUN, "-r", "-q", "1", "-t", topic, "-m", "hello");
    assertEquals(0, pub.exitCode(), "mosquitto_pub: " + pub.lines());
    Result received =
        MosquittoCli.startSubscriber("-C", "1", "-W", "10", "-t", topic, "-q", "1").await(RUN);
    assertEquals(0, received.exitCode(), "mosquitto_sub: " + received.lines());
    assertEquals(List.of("hello"), received.messages());
  }

  @Test
  void mosquittoPubWithEmptyRetainedMessageClearsIt() throws Exception {
    // seed: mosquitto_pub -r -q 1 -t a/b/c -m '' clears the retained message
    String topic = Broker.topicRoot("cli-clear") + "/a/b/c";
    MosquittoCli.publish(RUN, "-r", "-q", "1", "-t", topic, "-m", "hello");
    Result clear = MosquittoCli.publish(RUN, "-r", "-q", "1", "-t", topic, "-m", "");
    assertEquals(0, clear.exitCode(), "mosquitto_pub: " + clear.lines());
    Result received =
        MosquittoCli.startSubscriber("-C", "1", "-W", "3", "-t", topic, "-q", "1").await(RUN);
    assertEquals(TIMED_OUT, received.exitCode(), "mosquitto_sub received: " + received.lines());
  }

  @Test
  void aRetainedMessageOnAControlCharacterTopicIsRefusedSoWildcardSubscribersSeeTheRest()
      throws Exception {
    // MQTT 3.1.1 section 1.5.3: control characters should not be in a topic; libmosquitto takes
    // them for malformed UTF-8 and drops its connection at such a retained message
    String root = Broker.topicRoot("cli-control");
    MosquittoCli.publish(RUN, "-r", "-q", "1", "-t", root + "/a", "-m", "first");
    try (RawMqttClient raw = RawMqttClient.open()) {
      raw.connect(RawMqttClient.connectPacket(Broker.clientId("ctl"), true, 60));
      raw.send(
          new Publish(
              root + "/b\u0001",
              QoS.AT_LEAST_ONCE,
              true,
              false,
              1,
              "poison".getBytes(StandardCharsets.UTF_8),
              MqttProperties.EMPTY));
      raw.awaitClosedByBroker(Duration.ofSeconds(5));
    }
    MosquittoCli.publish(RUN, "-r", "-q", "1", "-t", root + "/c", "-m", "last");
    Result received =
        MosquittoCli.startSubscriber("-C", "2", "-W", "10", "-v", "-t", root + "/#", "-q", "1")
            .await(RUN);
    assertEquals(0, received.exitCode(), "mosquitto_sub: " + received.lines());
    assertEquals(List.of(root + "/a first", root + "/c last"), received.messages());
  }
}
