// SPDX-License-Identifier: Apache-2.0
/** Builds the broker's object graph and binds it to the container: CDI, EJB start-up, adapter. */
package io.mqttee.broker.assembly;
