// SPDX-License-Identifier: Apache-2.0
/**
 * End-to-end tests: the built EAR on Payara Server (and, with the wildfly profile, the protocol
 * tests on WildFly), driven by real MQTT clients over TCP, TLS, WebSocket and UDP.
 */
package io.mqttee.e2e;
