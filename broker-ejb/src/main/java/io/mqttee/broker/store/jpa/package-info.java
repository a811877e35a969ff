// SPDX-License-Identifier: Apache-2.0
/** The write-behind JPA implementation of the message store (persistence unit {@code mqttee}). */
package io.mqttee.broker.store.jpa;
