// SPDX-License-Identifier: Apache-2.0
/**
 * The enterprise-integration benchmark: MQTT publishers into application message-driven beans, and
 * an application's connection factory out to an MQTT subscriber (bench/run-enterprise.sh).
 */
package io.mqttee.bench.enterprise;
