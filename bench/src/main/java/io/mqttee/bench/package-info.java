// SPDX-License-Identifier: Apache-2.0
/** MQTT load generator: command line, scenarios and the result line. */
package io.mqttee.bench;
