// SPDX-License-Identifier: Apache-2.0
/** Broker settings, read from system properties with documented defaults. */
package io.mqttee.broker.config;
