// SPDX-License-Identifier: Apache-2.0
/**
 * MQTT over TLS: the listener's key material, client authentication and development certificate.
 */
package io.mqttee.connector.rar.tls;
