// SPDX-License-Identifier: Apache-2.0
/** Incremental MQTT frame decoder and encoder; failures are values, never I/O side effects. */
package io.mqttee.protocol.codec;
