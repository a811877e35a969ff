// SPDX-License-Identifier: Apache-2.0
/** The broker's transport-neutral view of client connections and how packets reach them. */
package io.mqttee.broker.connection;
