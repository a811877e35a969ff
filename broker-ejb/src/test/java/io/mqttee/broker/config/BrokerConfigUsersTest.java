// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class BrokerConfigUsersTest {

  @Test
  void parsesUserPasswordPairsKeepingColonsInPasswords() {
    assertEquals(
        Map.of("alice", "secret", "bob", "a:b"),
        BrokerConfig.users("alice:secret, bob:a:b,broken,:nouser"));
  }

  @Test
  void noUsersByDefault() {
    assertEquals(Map.of(), BrokerConfig.users(""));
  }
}
