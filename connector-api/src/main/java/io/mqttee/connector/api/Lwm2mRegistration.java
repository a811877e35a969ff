// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.api;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;

/**
 * A device's LWM2M registration as the adapter's LWM2M server holds it, after a Register or an
 * Update (OMA LWM2M 1.1 Transport, section 6.2).
 *
 * @param endpoint the endpoint client name ({@code ep})
 * @param registrationId the location the server gave the registration ({@code /rd/<id>})
 * @param lifetime seconds the registration lives without an update ({@code lt})
 * @param lwm2mVersion the enabler version the device speaks ({@code lwm2m}, "1.0" or "1.1")
 * @param binding the binding mode letters ({@code b}, e.g. "U" or "UQ")
 * @param smsNumber the device's MSISDN ({@code sms}), or null when not sent
 * @param alternatePath the root path of the device's objects, "/" unless a link with {@code
 *     rt="oma.lwm2m"} named another one
 * @param objectLinks the object and instance paths the device registered ("/1/0", "/3/0"), without
 *     the link format's brackets and attributes
 * @param attributes every other query parameter of the Register request, as sent
 * @param address where the device's requests come from
 * @param secure whether it registered over DTLS
 */
public record Lwm2mRegistration(
    String endpoint,
    String registrationId,
    long lifetime,
    String lwm2mVersion,
    String binding,
    String smsNumber,
    String alternatePath,
    List<String> objectLinks,
    Map<String, String> attributes,
    InetSocketAddress address,
    boolean secure) {

  public Lwm2mRegistration {
    objectLinks = List.copyOf(objectLinks);
    attributes = Map.copyOf(attributes);
  }
}
