// SPDX-License-Identifier: Apache-2.0
/** The message store seam: what persistent sessions and retained messages need to survive. */
package io.mqttee.broker.store;
