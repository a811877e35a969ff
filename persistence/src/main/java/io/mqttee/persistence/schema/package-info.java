// SPDX-License-Identifier: Apache-2.0
/**
 * Versioned migrations of the database schema (Flyway), from SQL scripts listed by an index per
 * database vendor under {@code db/migration/}.
 */
package io.mqttee.persistence.schema;
