// SPDX-License-Identifier: Apache-2.0
/** Who may connect: password and TLS client certificate checks behind a small interface. */
package io.mqttee.broker.auth;
