// SPDX-License-Identifier: Apache-2.0
/**
 * An application beside the broker: {@link io.mqttee.example.sensors.ReadingsBean} stores the
 * readings sensors publish, and {@link io.mqttee.example.sensors.CommandsResource} publishes
 * commands to devices, each inside its JTA transaction.
 */
package io.mqttee.example.sensors;
