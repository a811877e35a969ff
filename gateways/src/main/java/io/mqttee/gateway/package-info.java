// SPDX-License-Identifier: Apache-2.0
/** Device-protocol gateways (MQTT-SN, LWM2M) that enter the broker through its session service. */
package io.mqttee.gateway;
