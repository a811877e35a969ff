// SPDX-License-Identifier: Apache-2.0
/** The database connections of the store: which database, and how a commit reaches its disk. */
package io.mqttee.persistence.datasource;
