// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.lwm2m;

import io.mqttee.connector.api.ConnectionId;
import io.mqttee.connector.api.Lwm2mRegistration;
import io.mqttee.gateway.lwm2m.json.Command;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.Map;

/**
 * A registered device as the gateway sees it: its broker connection, the commands waiting for the
 * device's answer, and the observe command behind each observed path. Touched only on the device's
 * lane, except {@link #isConnected}.
 */
final class Device {

  private final ConnectionId connection;
  private final Map<Long, Command> pending = new HashMap<>();
  private final Map<String, JsonValue> observers = new HashMap<>();
  private Lwm2mRegistration registration;
  private volatile boolean connected;
  private int packetId;

  Device(ConnectionId connection, Lwm2mRegistration registration) {
    this.connection = connection;
    this.registration = registration;
  }

  ConnectionId connection() {
    return connection;
  }

  Lwm2mRegistration registration() {
    return registration;
  }

  void updated(Lwm2mRegistration next) {
    registration = next;
  }

  /** The broker accepted the connection: commands to the device are answered by it. */
  void connected() {
    connected = true;
  }

  boolean isConnected() {
    return connected;
  }

  void waitFor(long requestId, Command command) {
    pending.put(requestId, command);
  }

  /** The command a request answered, once; null for an unknown or answered request. */
  Command answered(long requestId) {
    return pending.remove(requestId);
  }

  void observedBy(String path, JsonValue reqId) {
    observers.put(path, reqId);
  }

  void notObserved(String path) {
    observers.remove(path);
  }

  /** The reqID of the observe command of {@code path}, or null when unknown. */
  JsonValue observer(String path) {
    return observers.get(path);
  }

  /** A packet id for a QoS 1 or 2 PUBLISH of the device's connection. */
  int nextPacketId() {
    packetId = packetId % 65_535 + 1;
    return packetId;
  }
}
