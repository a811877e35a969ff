// SPDX-License-Identifier: Apache-2.0
/** The gateways' beans that the resource adapter calls, and the one that starts them. */
package io.mqttee.gateway.inbound;
