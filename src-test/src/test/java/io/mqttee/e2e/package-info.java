// SPDX-License-Identifier: Apache-2.0
/** End-to-end tests: the built EAR on Payara Server, driven by real MQTT clients over TCP. */
package io.mqttee.e2e;
