// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.lwm2m;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class Lwm2mTopicsTest {

  private final Lwm2mTopics defaults =
      new Lwm2mTopics(Lwm2mTopics.DEFAULT_MOUNTPOINT, "dn/#", "up/resp", "up/notify");

  @Test
  void buildsTheDevicesTopicsUnderTheMountpoint() {
    assertEquals("lwm2m/dev1/dn/#", defaults.commands("dev1"));
    assertEquals("lwm2m/dev1/up/resp", defaults.responses("dev1"));
    assertEquals("lwm2m/dev1/up/notify", defaults.notifications("dev1"));
    assertEquals("lwm2m/+/dn/#", defaults.allCommands());
  }

  @Test
  void findsTheEndpointInACommandTopic() {
    assertEquals("dev1", defaults.endpointOf("lwm2m/dev1/dn"));
    assertEquals("dev1", defaults.endpointOf("lwm2m/dev1/dn/any/suffix"));
    assertNull(defaults.endpointOf("other/dev1/dn"));
    assertNull(defaults.endpointOf("lwm2m"));
  }

  @Test
  void takesEmqx4sPlaceholderAndAMountpointWithoutTheTrailingSlash() {
    Lwm2mTopics emqx4 = new Lwm2mTopics("devices/%e/lwm2m", "dn/#", "up/resp", "up/notify");
    assertEquals("devices/dev1/lwm2m/up/resp", emqx4.responses("dev1"));
    assertEquals("dev1", emqx4.endpointOf("devices/dev1/lwm2m/dn"));
  }

  @Test
  void takesEmqx5sPlaceholder() {
    Lwm2mTopics emqx5 = new Lwm2mTopics("lwm2m/${endpoint_name}/", "dn/#", "up/resp", "up/notify");
    assertEquals("lwm2m/dev1/dn/#", emqx5.commands("dev1"));
    assertEquals("lwm2m/dev1/up/notify", emqx5.notifications("dev1"));
    assertEquals("lwm2m/+/dn/#", emqx5.allCommands());
    assertEquals("dev1", emqx5.endpointOf("lwm2m/dev1/dn"));
  }

  @Test
  void refusesAMountpointWhoseEndpointIsNotOneWholeLevel() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Lwm2mTopics("lwm2m/x{ep}/", "dn/#", "up/resp", "up/notify"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Lwm2mTopics("lwm2m/", "dn/#", "up/resp", "up/notify"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Lwm2mTopics("lwm2m/x${endpoint_name}/", "dn/#", "up/resp", "up/notify"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Lwm2mTopics("lwm2m/${endpoint_name}/{ep}/", "dn/#", "up/resp", "up/notify"));
  }

  @Test
  void refusesWildcardsInTheTopicsItPublishesTo() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Lwm2mTopics("lwm2m/{ep}/", "dn/#", "up/+", "up/notify"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Lwm2mTopics("lwm2m/{ep}/", "dn/#", "up/resp", "up/#"));
  }

  @Test
  void anEndpointWithATopicSeparatorOrWildcardCannotBeALevel() {
    assertTrue(Lwm2mTopics.isTopicLevel("urn:imei:123"));
    assertFalse(Lwm2mTopics.isTopicLevel("a/b"));
    assertFalse(Lwm2mTopics.isTopicLevel("a+b"));
    assertFalse(Lwm2mTopics.isTopicLevel("#"));
    assertFalse(Lwm2mTopics.isTopicLevel(""));
  }
}
