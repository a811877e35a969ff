// SPDX-License-Identifier: Apache-2.0
/** MQTT users, topic ACL rules, bans and runtime settings as JPA entities, with repositories. */
package io.mqttee.persistence.access;
