// SPDX-License-Identifier: Apache-2.0
/** The message-driven bean through which the resource adapter hands connections to the broker. */
package io.mqttee.broker.inbound;
