// SPDX-License-Identifier: Apache-2.0
/**
 * MQTT-SN 1.2 value types shared by the message model and its codec: flags, QoS levels, topic id
 * types, topics, return codes and an immutable byte string. Pure Java, like the MQTT codec.
 */
package io.mqttee.protocol.mqttsn;
