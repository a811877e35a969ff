// SPDX-License-Identifier: Apache-2.0
/** Retained messages: set, replace, clear with an empty payload, expire, match on subscribe. */
package io.mqttee.broker.retained;
