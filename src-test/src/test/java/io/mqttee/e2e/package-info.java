// SPDX-License-Identifier: Apache-2.0
/**
 * End-to-end tests: the built EAR on Payara Server, then the protocol, gateway and API tests on
 * WildFly, driven by real MQTT, MQTT-SN and LWM2M clients over TCP, TLS, WebSocket, UDP and DTLS.
 */
package io.mqttee.e2e;
