// SPDX-License-Identifier: Apache-2.0
/**
 * The broker's entry for clients that do not speak MQTT on the wire (MQTT-SN now, LWM2M next): a
 * gateway translates each of its clients into MQTT packets on a connection of its own.
 */
package io.mqttee.broker.gateway;
