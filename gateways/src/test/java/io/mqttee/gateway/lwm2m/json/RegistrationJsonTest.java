// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.lwm2m.json;

import static io.mqttee.gateway.lwm2m.json.Commands.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mqttee.connector.api.Lwm2mRegistration;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** register, update and deregister events. */
@Tag("unit")
class RegistrationJsonTest {

  private static Lwm2mRegistration registration(String sms, Map<String, String> attributes) {
    return new Lwm2mRegistration(
        "dev1",
        "rd1",
        300,
        "1.1",
        "U",
        sms,
        "/",
        List.of("/1/0", "/3/0"),
        attributes,
        new InetSocketAddress("10.0.0.7", 56830),
        false);
  }

  @Test
  void aRegistrationIsPublishedAsEmqxDoes() {
    assertEquals(
        json(
            "{'msgType': 'register', 'data': {'ep': 'dev1', 'lt': 300, 'lwm2m': '1.1', 'b': 'U',"
                + " 'alternatePath': '/', 'objectList': ['/1/0', '/3/0']}}"),
        RegistrationJson.registered(registration(null, Map.of())));
  }

  @Test
  void anUpdateCarriesTheWholeMergedRegistration() {
    assertEquals(
        json(
            "{'msgType': 'update', 'data': {'ep': 'dev1', 'lt': 300, 'lwm2m': '1.1', 'b': 'U',"
                + " 'alternatePath': '/', 'objectList': ['/1/0', '/3/0']}}"),
        RegistrationJson.updated(registration(null, Map.of())));
  }

  @Test
  void smsAndOtherQueryParametersComeAsStringsWhenSent() {
    Map<String, String> attributes = Map.of("Q", "", "apn", "iot", "lt", "9");

    assertEquals(
        json(
            "{'ep': 'dev1', 'lt': 300, 'lwm2m': '1.1', 'b': 'U', 'sms': '+4912345', 'Q': '', 'apn':"
                + " 'iot', 'alternatePath': '/', 'objectList': ['/1/0', '/3/0']}"),
        RegistrationJson.registered(registration("+4912345", attributes)).getJsonObject("data"));
  }

  @Test
  void aDeregistrationSaysWhetherTheDeviceLeftOrExpired() {
    assertEquals(
        json("{'msgType': 'deregister', 'data': {'ep': 'dev1', 'reason': 'deregistered'}}"),
        RegistrationJson.deregistered(registration(null, Map.of()), false));
    assertEquals(
        json("{'msgType': 'deregister', 'data': {'ep': 'dev1', 'reason': 'expired'}}"),
        RegistrationJson.deregistered(registration(null, Map.of()), true));
  }
}
