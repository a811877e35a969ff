// SPDX-License-Identifier: Apache-2.0
/** The admin console, the JAX-RS API and the WebSocket MQTT endpoint (console and API planned). */
package io.mqttee.admin;
