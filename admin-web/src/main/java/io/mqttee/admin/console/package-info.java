// SPDX-License-Identifier: Apache-2.0
/**
 * The administration console at {@code /console}: one small backing bean per page, reading and
 * changing the broker only through its administration facade and the administrator accounts.
 */
package io.mqttee.admin.console;
