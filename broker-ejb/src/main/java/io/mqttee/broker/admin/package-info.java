// SPDX-License-Identifier: Apache-2.0
/**
 * The broker's administration facade: the one in-process API through which the REST API and the
 * console read and change the broker (clients, sessions, subscriptions, retained messages, access
 * control, listeners, metrics). Only interfaces and value types live here; the broker's packages
 * implement them. Reading never takes a lock a lane waits for; listings are paged.
 */
package io.mqttee.broker.admin;
