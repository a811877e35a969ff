// SPDX-License-Identifier: Apache-2.0
/**
 * The LWM2M gateway's benchmark: many Eclipse Leshan clients register with MQTTee, and an MQTT
 * application reads them through the gateway's topics.
 */
package io.mqttee.bench.lwm2m;
