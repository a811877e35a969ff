// SPDX-License-Identifier: Apache-2.0
/**
 * The LWM2M gateway: each registered device is a broker connection that takes JSON commands on its
 * downlink topic and publishes answers, notifications and registration events on its uplink topics.
 */
package io.mqttee.gateway.lwm2m;
