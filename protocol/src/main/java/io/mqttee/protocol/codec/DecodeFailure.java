// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.codec;

/**
 * Why a byte stream is not a valid MQTT packet sequence.
 *
 * @param reason what was wrong, for the log line that closes the connection
 * @param specStatement the normative statement violated, such as "MQTT-3.1.2-3", or the section
 * @param reasonCode the MQTT 5 reason code for a DISCONNECT or CONNACK (0x81, 0x82, 0x84, 0x95)
 */
public record DecodeFailure(String reason, String specStatement, int reasonCode) {}
