// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e;

import io.mqttee.e2e.support.Lwm2mDevice;
import io.mqttee.e2e.support.TestTls;
import jakarta.json.JsonObject;

/**
 * Every command of {@link Lwm2mGatewayIT} with a device on the DTLS listener, authenticated by its
 * X.509 certificate: the test device's certificate, trusted by the server ({@code
 * mqttee.lwm2m.trusted-certs}), whose common name is the endpoint name it registers with (OMA LWM2M
 * 1.1 Transport, 5.2.8.4). The pre-shared-key devices are in {@link Lwm2mRegistrationIT}.
 */
class Lwm2mGatewayOverDtlsIT extends Lwm2mGatewayIT {

  @Override
  JsonObject registerDevice() throws Exception {
    return register(Lwm2mDevice.overDtls(TestTls.DEVICE_COMMON_NAME, TestTls.deviceCredentials()));
  }
}
