// SPDX-License-Identifier: Apache-2.0
/** MQTT over WebSocket at /mqtt: binary frames in, the broker's session service, frames out. */
package io.mqttee.admin.websocket;
