// SPDX-License-Identifier: Apache-2.0
/**
 * The administration facade over the running broker: clients, sessions, subscriptions, routes,
 * retained messages, publishing as the broker, metrics. Reads the broker's concurrent structures
 * without the locks its lanes take.
 */
package io.mqttee.broker.management;
