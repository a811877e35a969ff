// SPDX-License-Identifier: Apache-2.0
/** The resource adapter bean: configuration, start and stop, endpoint activation. */
package io.mqttee.connector.rar;
