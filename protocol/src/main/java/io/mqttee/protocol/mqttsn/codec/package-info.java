// SPDX-License-Identifier: Apache-2.0
/**
 * MQTT-SN 1.2 codec: {@link io.mqttee.protocol.mqttsn.codec.SnDecoder} turns one datagram into one
 * message or an {@link io.mqttee.protocol.mqttsn.codec.SnDecodeFailure} value and never throws;
 * {@link io.mqttee.protocol.mqttsn.codec.SnEncoder} turns a message into one datagram. The field
 * layouts live in one class per area of the specification (discovery, connection, will, publish,
 * subscription), decoding and encoding side by side, so each layout is written down in one place.
 */
package io.mqttee.protocol.mqttsn.codec;
