// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.lwm2m.json;

/** What {@link CommandParser#parse} makes of a payload: a command, or why it is none. */
public sealed interface ParseResult permits Command, CommandError {}
