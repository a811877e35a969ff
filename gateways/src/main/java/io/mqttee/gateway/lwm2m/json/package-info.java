// SPDX-License-Identifier: Apache-2.0
/**
 * The LWM2M gateway's MQTT JSON, as EMQX users know it: commands from {@code lwm2m/{ep}/dn/#} to
 * Leshan requests, and Leshan responses, notifications and registrations to the JSON published on
 * {@code up/resp} and {@code up/notify}; pure functions, tested without a server or a network.
 */
package io.mqttee.gateway.lwm2m.json;
