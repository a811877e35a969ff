// SPDX-License-Identifier: Apache-2.0
/** What the persistence unit {@code mqttee} shares across its entities. */
package io.mqttee.persistence;
