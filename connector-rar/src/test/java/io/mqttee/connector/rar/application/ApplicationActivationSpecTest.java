// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.resource.spi.InvalidPropertyException;
import org.junit.jupiter.api.Test;

class ApplicationActivationSpecTest {

  private static ApplicationActivationSpec spec(String filter) {
    ApplicationActivationSpec spec = new ApplicationActivationSpec();
    spec.setTopicFilter(filter);
    return spec;
  }

  @Test
  void acceptsWildcardsAndSharedSubscriptionsWithItsDefaults() throws Exception {
    spec("sensors/+/reading").validate();
    ApplicationActivationSpec shared = spec("$share/group/sensors/#");
    shared.setClientId(" ");
    shared.validate();

    assertNull(shared.persistentClientId(), "a blank client id is no persistent session");
    assertEquals(1, shared.getQos());
    assertEquals(5, shared.getMaxRedeliveries());
    assertEquals("dead-letter/a/b", shared.deadLetterTopicFor("a/b"));
  }

  @Test
  void refusesWhatCannotBeSubscribed() {
    assertThrows(InvalidPropertyException.class, () -> spec(null).validate());
    assertThrows(InvalidPropertyException.class, () -> spec("a/#/b").validate());
    assertThrows(InvalidPropertyException.class, () -> spec("$share/g#/x").validate());
    ApplicationActivationSpec qos = spec("a");
    qos.setQos(3);
    assertThrows(InvalidPropertyException.class, qos::validate);
    ApplicationActivationSpec window = spec("a");
    window.setMaxInFlight(0);
    assertThrows(InvalidPropertyException.class, window::validate);
    ApplicationActivationSpec redeliveries = spec("a");
    redeliveries.setMaxRedeliveries(-1);
    assertThrows(InvalidPropertyException.class, redeliveries::validate);
  }

  @Test
  void anEmptyDeadLetterTopicDropsTheMessage() {
    ApplicationActivationSpec spec = spec("a");
    spec.setDeadLetterTopic("");
    assertNull(spec.deadLetterTopicFor("a"));
    spec.setDeadLetterTopic("failed/{topic}/x");
    assertEquals("failed/a/b/x", spec.deadLetterTopicFor("a/b"));
  }
}
