// SPDX-License-Identifier: Apache-2.0
/** The resource adapter's listeners, as administrators start, stop and reconfigure them. */
package io.mqttee.broker.listeners;
