// SPDX-License-Identifier: Apache-2.0
/** Accounts of the administrators of the console and REST API, and their API keys. */
package io.mqttee.persistence.admin;
