// SPDX-License-Identifier: Apache-2.0
/** Inbound side: activation spec, one message endpoint per lane, the listener's lifecycle. */
package io.mqttee.connector.rar.inbound;
