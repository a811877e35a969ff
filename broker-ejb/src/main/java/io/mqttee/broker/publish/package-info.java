// SPDX-License-Identifier: Apache-2.0
/** The PUBLISH path: inbound QoS flows, retain, routing to sessions, ordered durable acks. */
package io.mqttee.broker.publish;
