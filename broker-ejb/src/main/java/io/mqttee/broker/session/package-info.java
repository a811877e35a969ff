// SPDX-License-Identifier: Apache-2.0
/** MQTT sessions: CONNECT, subscriptions, QoS 1/2 state, take-over and the packet entry point. */
package io.mqttee.broker.session;
