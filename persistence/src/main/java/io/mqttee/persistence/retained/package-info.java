// SPDX-License-Identifier: Apache-2.0
/** Retained messages, one per topic, as JPA entities. */
package io.mqttee.persistence.retained;
