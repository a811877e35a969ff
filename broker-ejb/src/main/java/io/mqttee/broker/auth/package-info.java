// SPDX-License-Identifier: Apache-2.0
/** Who may connect: user name and password checks behind a small interface. */
package io.mqttee.broker.auth;
