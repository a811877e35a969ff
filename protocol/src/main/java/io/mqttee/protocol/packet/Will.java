// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.packet;

/** The will message a CONNECT carries (MQTT-3.1.2-8). */
public record Will(
    String topic, byte[] payload, QoS qos, boolean retain, MqttProperties properties) {}
