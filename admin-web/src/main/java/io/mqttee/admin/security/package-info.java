// SPDX-License-Identifier: Apache-2.0
/**
 * Administrator accounts and API keys. COMPILE-ONLY STUBS of the security API: the real classes
 * replace these files when the API's implementation is merged.
 */
package io.mqttee.admin.security;
