// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.load;

import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.QoS;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;

/**
 * What one run does: one publisher per topic in {@code publishTopics}, {@code subscribers} clients
 * on {@code subscribeFilter}, every subscriber receiving every message.
 *
 * @param address where the publishers connect
 * @param subscriberAddress where the subscribers connect: {@code address}, or another node of a
 *     cluster
 * @param webSocketPath the path of the broker's WebSocket endpoint, or null for plain TCP
 * @param mqttSnGateway where the publishers send MQTT-SN over UDP instead of MQTT, or null
 * @param persistentSubscribers whether the subscribers keep a persistent session (Clean Session 0,
 *     or over MQTT 5 a Session Expiry Interval), discarded again before the run ends
 * @param window messages published but not yet delivered to all subscribers, at most
 * @param inFlightPerPublisher QoS 1 PUBLISH packets awaiting PUBACK per publisher, at most
 * @param ratePerSecond messages per second for all publishers together; 0 sends as fast as the
 *     window allows
 * @param latencySamples capacity of the latency record; 0 records no latency
 * @param brokerPid the broker process whose CPU time to sample, or 0 for none
 */
public record RunPlan(
    InetSocketAddress address,
    InetSocketAddress subscriberAddress,
    String webSocketPath,
    InetSocketAddress mqttSnGateway,
    ProtocolVersion version,
    QoS qos,
    List<String> publishTopics,
    int subscribers,
    String subscribeFilter,
    boolean persistentSubscribers,
    int payloadBytes,
    long messageLimit,
    long window,
    int inFlightPerPublisher,
    long ratePerSecond,
    Duration warmup,
    Duration measure,
    int latencySamples,
    long brokerPid,
    int ticksPerSecond) {

  public RunPlan {
    publishTopics = List.copyOf(publishTopics);
  }

  /** The subscribers' transport, and the publishers' unless they speak MQTT-SN. */
  public String transport() {
    return webSocketPath == null ? "tcp" : "ws";
  }

  public int publishers() {
    return publishTopics.size();
  }
}
