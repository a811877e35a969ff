// SPDX-License-Identifier: Apache-2.0
/** The contract between the resource adapter (sockets, framing) and the broker (MQTT semantics). */
package io.mqttee.connector.api;
