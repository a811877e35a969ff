// SPDX-License-Identifier: Apache-2.0
/**
 * One MQTT-SN client's state in the gateway, as a state machine that returns {@link
 * io.mqttee.gateway.mqttsn.client.Action actions} (send this datagram, hand these MQTT packets to
 * the broker, close) instead of doing I/O, as EMQX's gateway channels do: it is tested without
 * sockets, a server or a clock.
 */
package io.mqttee.gateway.mqttsn.client;
