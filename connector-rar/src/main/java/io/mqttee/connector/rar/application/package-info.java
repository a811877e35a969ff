// SPDX-License-Identifier: Apache-2.0
/**
 * Applications' MQTT: their message-driven beans' subscriptions and their connection factory's
 * publishes. Each is an in-process client connection of the broker ({@link
 * io.mqttee.connector.rar.application.BrokerLink}): MQTT 5 packets on one of the MQTT lanes, as a
 * socket's connection would send them, so sessions, topic ACLs, retained messages and shared
 * subscriptions apply unchanged. Application code never runs on a lane: deliveries to a bean run on
 * its activation's own thread, and a slow bean only fills its own subscription's in-flight window.
 */
package io.mqttee.connector.rar.application;
