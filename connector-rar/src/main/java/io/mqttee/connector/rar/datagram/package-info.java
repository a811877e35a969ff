// SPDX-License-Identifier: Apache-2.0
/**
 * Datagram listeners (MQTT-SN over UDP): raw datagrams from a socket to the lanes of their peers,
 * and back through the outbound handles; protocol-agnostic.
 */
package io.mqttee.connector.rar.datagram;
