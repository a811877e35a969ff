// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class IpRangeTest {

  @Test
  void aBlockContainsTheAddressesOfItsPrefix() {
    IpRange block = IpRange.parse("10.1.0.0/16");
    assertTrue(block.contains("10.1.200.3"));
    assertFalse(block.contains("10.2.0.1"));
    assertFalse(block.contains("::1"));
    assertFalse(block.contains(null));

    assertTrue(IpRange.parse("192.168.1.128/25").contains("192.168.1.200"));
    assertFalse(IpRange.parse("192.168.1.128/25").contains("192.168.1.100"));
    assertTrue(IpRange.parse("fd00::/8").contains("fd12:0:0:0:0:0:0:1"));
  }

  @Test
  void oneAddressContainsOnlyItself() {
    assertTrue(IpRange.parse("127.0.0.1").contains("127.0.0.1"));
    assertFalse(IpRange.parse("127.0.0.1").contains("127.0.0.2"));
    assertTrue(IpRange.parse("::1").contains("0:0:0:0:0:0:0:1"));
  }

  @Test
  void onlyAddressLiteralsAreAccepted() { // never a DNS lookup for a name
    assertThrows(IllegalArgumentException.class, () -> IpRange.parse("localhost"));
    assertThrows(IllegalArgumentException.class, () -> IpRange.parse("256.1.1.1"));
    assertThrows(IllegalArgumentException.class, () -> IpRange.parse("10.1"));
    assertThrows(IllegalArgumentException.class, () -> IpRange.parse("10.0.0.0/33"));
    assertThrows(IllegalArgumentException.class, () -> IpRange.parse("10.0.0.0/x"));
  }

  @Test
  void normalizesAnAddressToJavasSpelling() {
    assertEquals("0:0:0:0:0:0:0:1", IpRange.normalize("::1"));
    assertEquals("10.0.0.1", IpRange.normalize("10.0.0.1"));
    assertNull(IpRange.normalize("example.org"));
  }
}
