// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.admin;

/**
 * What and where this broker is.
 *
 * @param node this node's name
 * @param version the MQTTee version
 * @param startedAtMillis when the broker started, epoch milliseconds
 * @param uptimeSeconds seconds since then
 * @param server the application server it runs on
 */
public record BrokerInfo(
    String node, String version, long startedAtMillis, long uptimeSeconds, String server) {}
