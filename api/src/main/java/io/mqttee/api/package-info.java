// SPDX-License-Identifier: Apache-2.0
/**
 * MQTTee for Jakarta EE applications: a message-driven bean implements {@link
 * io.mqttee.api.MqttMessageListener} to receive the messages of a topic filter, and application
 * code publishes through a {@link io.mqttee.api.MqttConnectionFactory}. Plain Java: the jar has no
 * dependencies, and is shared by the broker and the applications.
 */
package io.mqttee.api;
