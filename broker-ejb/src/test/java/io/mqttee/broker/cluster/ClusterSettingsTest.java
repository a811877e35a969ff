// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** mqttee.cluster.*: defaults, the member list, and settings that make no cluster. */
class ClusterSettingsTest {
  private static final List<String> NAMES =
      List.of(
          "enabled",
          "port",
          "members",
          "multicast",
          "heartbeat-seconds",
          "suspect-seconds",
          "shared-database");

  @AfterEach
  void clear() {
    NAMES.forEach(name -> System.clearProperty("mqttee.cluster." + name));
  }

  @Test
  void isOffByDefault() {
    ClusterSettings settings = ClusterSettings.fromSystemProperties();
    assertFalse(settings.enabled());
    assertEquals(5701, settings.port());
    assertEquals("mqttee", settings.name());
  }

  @Test
  void readsTheMemberListTrimmedAndWithoutBlanks() {
    System.setProperty("mqttee.cluster.enabled", "true");
    System.setProperty("mqttee.cluster.members", " 10.0.0.1:5701, ,10.0.0.2:5701 ");
    ClusterSettings settings = ClusterSettings.fromSystemProperties();
    assertTrue(settings.enabled());
    assertEquals(List.of("10.0.0.1:5701", "10.0.0.2:5701"), settings.members());
  }

  @Test
  void aQuorumIsAMajorityOfTheMemberListAndTheDatabaseIsSharedOnlyWhenSaid() {
    System.setProperty("mqttee.cluster.enabled", "true");
    System.setProperty("mqttee.cluster.members", "a:5701,b:5701,c:5701");
    ClusterSettings three = ClusterSettings.fromSystemProperties();
    assertEquals(2, three.quorum());
    assertFalse(three.sharedDatabase());
    System.setProperty("mqttee.cluster.members", "a:5701,b:5701,c:5701,d:5701");
    System.setProperty("mqttee.cluster.shared-database", "true");
    ClusterSettings four = ClusterSettings.fromSystemProperties();
    assertEquals(3, four.quorum());
    assertTrue(four.sharedDatabase());
  }

  @Test
  void aClusterWithoutMembersOrMulticastIsRefusedNamingTheSetting() {
    System.setProperty("mqttee.cluster.enabled", "true");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, ClusterSettings::fromSystemProperties);
    assertTrue(e.getMessage().startsWith("mqttee.cluster.members"), e.getMessage());

    System.setProperty("mqttee.cluster.multicast", "true");
    assertTrue(ClusterSettings.fromSystemProperties().multicast());
  }

  @Test
  void refusesAPortOutOfRangeANonNumberAndAHeartbeatNotBelowTheSuspectTime() {
    System.setProperty("mqttee.cluster.port", "70000");
    assertThrows(IllegalArgumentException.class, ClusterSettings::fromSystemProperties);
    System.setProperty("mqttee.cluster.port", "five");
    assertThrows(IllegalArgumentException.class, ClusterSettings::fromSystemProperties);
    System.clearProperty("mqttee.cluster.port");
    System.setProperty("mqttee.cluster.heartbeat-seconds", "10");
    System.setProperty("mqttee.cluster.suspect-seconds", "10");
    assertThrows(IllegalArgumentException.class, ClusterSettings::fromSystemProperties);
  }
}
