// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.routing;

import java.util.HashSet;
import java.util.Set;

/**
 * Changes one client's set of filter keys in the router's per-client index. Most clients hold a few
 * filters: their set is an immutable copy (one small object instead of a hash table per client),
 * replaced on each change; above {@link #COPY_LIMIT} filters it is a {@link HashSet} changed in
 * place, so a client with many filters does not pay a copy per subscribe. Either form is read and
 * changed only under the index entry's lock.
 */
final class ClientFilterKeys {
  static final int COPY_LIMIT = 8;

  private ClientFilterKeys() {}

  /** {@code keys} with {@code key} added; {@code keys} may be null (none yet). */
  static Set<FilterKey> with(Set<FilterKey> keys, FilterKey key) {
    if (keys == null) {
      return Set.of(key);
    }
    if (keys.contains(key)) {
      return keys;
    }
    if (keys instanceof HashSet) {
      keys.add(key);
      return keys;
    }
    Set<FilterKey> grown = new HashSet<>(keys);
    grown.add(key);
    return grown.size() > COPY_LIMIT ? grown : Set.copyOf(grown);
  }

  /** {@code keys} without {@code key}; null when none is left. */
  static Set<FilterKey> without(Set<FilterKey> keys, FilterKey key) {
    if (!keys.contains(key)) {
      return keys;
    }
    if (keys instanceof HashSet) {
      keys.remove(key);
      return keys.isEmpty() ? null : keys;
    }
    Set<FilterKey> shrunk = new HashSet<>(keys);
    shrunk.remove(key);
    return shrunk.isEmpty() ? null : Set.copyOf(shrunk);
  }
}
