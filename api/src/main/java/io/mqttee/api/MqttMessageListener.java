// SPDX-License-Identifier: Apache-2.0
package io.mqttee.api;

/**
 * What an application's message-driven bean implements to receive MQTT messages. The bean's
 * activation properties name the topic filter, the QoS and, for a persistent subscription, the
 * client id (see the README's table).
 *
 * <p>Messages of one activation arrive one at a time, in the order the broker delivers them. When
 * the bean's transaction rolls back, or {@code onMessage} throws, the same message comes again (its
 * {@link MqttMessage#deliveryCount()} one higher) before any later one; after the activation's
 * redelivery limit it goes to the dead-letter topic instead.
 */
public interface MqttMessageListener {

  void onMessage(MqttMessage message);
}
