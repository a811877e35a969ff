// SPDX-License-Identifier: Apache-2.0
/** Immutable MQTT 3.1, 3.1.1 and 5.0 control packets, one record per packet type. */
package io.mqttee.protocol.packet;
