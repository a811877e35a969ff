// SPDX-License-Identifier: Apache-2.0
/** Outbound side: the managed connection factory and the handles the broker writes through. */
package io.mqttee.connector.rar.outbound;
