// SPDX-License-Identifier: Apache-2.0
/** Keep alive: closes connections that stay silent for longer than their keep alive allows. */
package io.mqttee.broker.keepalive;
