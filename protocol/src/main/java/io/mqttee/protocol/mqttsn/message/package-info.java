// SPDX-License-Identifier: Apache-2.0
/**
 * Immutable MQTT-SN 1.2 messages, one record per message type. Records check the ranges of their
 * fields (octets, two-octet integers), not protocol rules such as client id length: a gateway
 * decides those.
 */
package io.mqttee.protocol.mqttsn.message;
