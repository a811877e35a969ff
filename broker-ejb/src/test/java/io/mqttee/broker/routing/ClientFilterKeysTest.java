// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientFilterKeysTest {

  private static FilterKey key(int i) {
    return new FilterKey("a/" + i, null);
  }

  @Test
  void aFewKeysStayInAnImmutableSetReplacedOnEachChange() {
    Set<FilterKey> keys = ClientFilterKeys.with(null, key(1));
    keys = ClientFilterKeys.with(keys, key(2));
    assertEquals(Set.of(key(1), key(2)), keys);
    Set<FilterKey> immutable = keys;
    assertThrows(UnsupportedOperationException.class, () -> immutable.add(key(3)));
    assertSame(keys, ClientFilterKeys.with(keys, key(2)), "a known key changes nothing");
    keys = ClientFilterKeys.without(keys, key(1));
    assertEquals(Set.of(key(2)), keys);
    assertNull(ClientFilterKeys.without(keys, key(2)), "no key left, no entry");
  }

  @Test
  void manyKeysMoveToOneSetChangedInPlaceAndBackToNothing() {
    Set<FilterKey> keys = null;
    for (int i = 0; i <= ClientFilterKeys.COPY_LIMIT; i++) {
      keys = ClientFilterKeys.with(keys, key(i));
    }
    assertInstanceOf(HashSet.class, keys);
    Set<FilterKey> grown = keys;
    assertSame(grown, ClientFilterKeys.with(keys, key(100)), "changed in place");
    assertEquals(ClientFilterKeys.COPY_LIMIT + 2, grown.size());
    for (int i = 0; i <= ClientFilterKeys.COPY_LIMIT; i++) {
      keys = ClientFilterKeys.without(keys, key(i));
    }
    assertEquals(Set.of(key(100)), keys);
    assertFalse(keys.contains(key(0)));
    assertNull(ClientFilterKeys.without(keys, key(100)));
  }
}
