// SPDX-License-Identifier: Apache-2.0
/**
 * The adapter's LWM2M server: Eclipse Leshan on Californium, its CoAP and DTLS listeners, the
 * object model, PSK identities, and the lanes that report devices' events to the gateway's bean.
 */
package io.mqttee.connector.rar.lwm2m;
