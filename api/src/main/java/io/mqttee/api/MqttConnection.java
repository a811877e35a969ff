// SPDX-License-Identifier: Apache-2.0
package io.mqttee.api;

/**
 * A handle for publishing into the broker, under the identity its connection factory is configured
 * with; the topic ACL of that identity applies. Close it when done (try with resources); the
 * container pools what is behind it.
 */
public interface MqttConnection extends AutoCloseable {

  /**
   * Publishes a message.
   *
   * <p>Inside a JTA transaction the message is routed only if, and after, the transaction commits;
   * this method then returns at once. Outside one, QoS 0 returns once the message is handed to the
   * broker, and QoS 1 and 2 return once the broker acknowledged it.
   *
   * @throws MqttPublishException outside a transaction, when the broker refuses the message or does
   *     not answer in time
   * @throws IllegalStateException when the handle is closed
   */
  void publish(MqttMessage message);

  @Override
  void close();
}
