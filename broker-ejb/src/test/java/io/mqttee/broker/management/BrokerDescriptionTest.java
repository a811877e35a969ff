// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.management;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.mqttee.broker.admin.BrokerInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class BrokerDescriptionTest {

  @AfterEach
  void forgetNodeName() {
    System.clearProperty(BrokerDescription.NODE_NAME_PROPERTY);
  }

  @Test
  void namesTheNodeAsConfiguredElseByItsHost() {
    assertFalse(BrokerDescription.nodeName().isBlank());
    System.setProperty(BrokerDescription.NODE_NAME_PROPERTY, "node-7");
    assertEquals("node-7", BrokerDescription.nodeName());
  }

  @Test
  void countsUptimeFromTheStartAndCallsAVersionFromClassesDev() {
    BrokerInfo info = BrokerDescription.describe(1_000, 91_500);
    assertEquals(1_000, info.startedAtMillis());
    assertEquals(90, info.uptimeSeconds());
    assertEquals("dev", info.version());
  }
}
