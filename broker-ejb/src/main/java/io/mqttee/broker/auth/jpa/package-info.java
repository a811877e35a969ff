// SPDX-License-Identifier: Apache-2.0
/** The access store on JPA: users, topic ACL rules, bans and settings, one transaction a change. */
package io.mqttee.broker.auth.jpa;
