// SPDX-License-Identifier: Apache-2.0
/** The Netty TCP transport: lanes of event loops, MQTT framing and batched writes per client. */
package io.mqttee.connector.rar.transport;
