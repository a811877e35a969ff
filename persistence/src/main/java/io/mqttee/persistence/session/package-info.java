// SPDX-License-Identifier: Apache-2.0
/** Persistent MQTT sessions and their subscriptions as JPA entities, with their repositories. */
package io.mqttee.persistence.session;
