// SPDX-License-Identifier: Apache-2.0
/** The QoS 1 and 2 messages queued for persistent sessions, as JPA entities. */
package io.mqttee.persistence.message;
