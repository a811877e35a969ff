// SPDX-License-Identifier: Apache-2.0
/** Will messages: published when a connection ends abnormally, discarded on DISCONNECT. */
package io.mqttee.broker.will;
