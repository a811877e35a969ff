// SPDX-License-Identifier: Apache-2.0
package io.mqttee.api;

/**
 * Where application code gets an {@link MqttConnection}, for example with {@code @Resource(lookup =
 * "java:global/mqttee/MqttConnectionFactory")}.
 */
public interface MqttConnectionFactory {

  /**
   * A connection from the container's pool.
   *
   * @throws MqttPublishException when the broker is not running
   */
  MqttConnection getConnection();
}
