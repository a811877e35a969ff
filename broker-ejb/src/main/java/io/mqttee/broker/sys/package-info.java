// SPDX-License-Identifier: Apache-2.0
/** Broker metrics and the periodic $SYS/broker/... topics. */
package io.mqttee.broker.sys;
