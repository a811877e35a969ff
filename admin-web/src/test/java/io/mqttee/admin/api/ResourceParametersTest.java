// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mqttee.admin.api.json.RequestBody;
import io.mqttee.broker.admin.InvalidInputException;
import io.mqttee.broker.admin.NotFoundException;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class ResourceParametersTest {

  @Test
  void connectionStateFiltersConnectedOrOfflineClients() {
    assertEquals(Boolean.TRUE, ClientResource.connected("connected"));
    assertEquals(Boolean.FALSE, ClientResource.connected("Disconnected"));
    assertNull(ClientResource.connected(null));
    assertThrows(InvalidInputException.class, () -> ClientResource.connected("idle"));
  }

  @Test
  void subscriptionQosFilterIsZeroToTwo() {
    assertEquals(2, SubscriptionResource.qos("2"));
    assertNull(SubscriptionResource.qos(""));
    assertThrows(InvalidInputException.class, () -> SubscriptionResource.qos("3"));
    assertThrows(InvalidInputException.class, () -> SubscriptionResource.qos("x"));
  }

  @Test
  void anAclRuleIdThatIsNoNumberNamesNoRule() {
    assertEquals(42, AclResource.id("42"));
    assertThrows(NotFoundException.class, () -> AclResource.id("abc"));
  }

  @Test
  void listenerSettingsAreStringsAndNeverEmpty() {
    assertEquals(
        Map.of("port", "1884", "bind", "::", "tls", "true"),
        ListenerResource.settings(
            RequestBody.of("{\"port\": 1884, \"bind\": \"::\", \"tls\": true}")));
    assertEquals(
        "bind must be a string, number or boolean",
        assertThrows(
                InvalidInputException.class,
                () -> ListenerResource.settings(RequestBody.of("{\"bind\": [1]}")))
            .getMessage());
    assertThrows(
        InvalidInputException.class, () -> ListenerResource.settings(RequestBody.of("{}")));
  }
}
