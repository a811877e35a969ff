// SPDX-License-Identifier: Apache-2.0
/**
 * The MQTT-SN 1.2 gateway: decodes the adapter's datagrams, keeps one {@link
 * io.mqttee.gateway.mqttsn.client.SnClient} per peer and carries out what it returns, on the peer's
 * lane; each client is a connection of the broker's {@link io.mqttee.broker.gateway.GatewayEntry}.
 */
package io.mqttee.gateway.mqttsn;
