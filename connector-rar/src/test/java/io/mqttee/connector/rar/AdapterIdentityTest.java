// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.mqttee.connector.rar.outbound.MqttManagedConnectionFactory;
import jakarta.resource.ResourceException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * JCA 1.7 section 19.4.2: the adapter declares equals and hashCode. Two instances own different
 * sockets, so equal config properties never make them equal, and a connection factory belongs to
 * the instance it was associated with.
 */
@Tag("unit")
class AdapterIdentityTest {

  @Test
  void anAdapterEqualsOnlyItselfWhateverItsConfigProperties() {
    MqttResourceAdapter one = configured();
    MqttResourceAdapter other = configured();

    assertEquals(one, one);
    assertEquals(one.hashCode(), one.hashCode());
    assertNotEquals(one, other);
  }

  @Test
  void factoriesOfTwoAdapterInstancesDiffer() throws ResourceException {
    MqttResourceAdapter adapter = configured();
    MqttManagedConnectionFactory first = associatedWith(adapter);
    MqttManagedConnectionFactory second = associatedWith(adapter);
    MqttManagedConnectionFactory elsewhere = associatedWith(configured());

    assertEquals(first, second);
    assertNotEquals(first, elsewhere);
  }

  private static MqttResourceAdapter configured() {
    MqttResourceAdapter adapter = new MqttResourceAdapter();
    adapter.setPort(1883);
    adapter.setHost("0.0.0.0");
    return adapter;
  }

  private static MqttManagedConnectionFactory associatedWith(MqttResourceAdapter adapter)
      throws ResourceException {
    MqttManagedConnectionFactory factory = new MqttManagedConnectionFactory();
    factory.setResourceAdapter(adapter);
    return factory;
  }
}
