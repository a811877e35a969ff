// SPDX-License-Identifier: Apache-2.0
/**
 * Who may administer the broker: administrator accounts and API keys in the database, and the
 * Jakarta Security mechanism that signs in the console (form, session) and the REST API (HTTP Basic
 * with an account or an API key, no session).
 */
package io.mqttee.admin.security;
