// SPDX-License-Identifier: Apache-2.0
/** What the EAR offers other applications on the server: the applications' connection factory. */
package io.mqttee.broker.application;
