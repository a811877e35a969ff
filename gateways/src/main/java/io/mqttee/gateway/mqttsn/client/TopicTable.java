// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.mqttsn.client;

import java.util.HashMap;
import java.util.Map;

/**
 * One client's registered topic ids (MQTT-SN 1.2 section 6.5): the ids the gateway assigned when
 * the client sent REGISTER or subscribed to a name without wildcards, or when the gateway sent
 * REGISTER itself. Ids are per client, 1 to 65534 (0x0000 and 0xFFFF are reserved).
 */
final class TopicTable {

  static final int MAX_ID = 0xFFFE;

  private final Map<Integer, String> names = new HashMap<>();
  private final Map<String, Integer> ids = new HashMap<>();
  private int lastId;

  /** The id of {@code name}, assigning the next free one; 0 when all ids are taken. */
  int assign(String name) {
    Integer known = ids.get(name);
    if (known != null) {
      return known;
    }
    if (names.size() >= MAX_ID) {
      return 0;
    }
    do {
      lastId = lastId >= MAX_ID ? 1 : lastId + 1;
    } while (names.containsKey(lastId));
    names.put(lastId, name);
    ids.put(name, lastId);
    return lastId;
  }

  /** The name registered under {@code id}, or null. */
  String nameOf(int id) {
    return names.get(id);
  }

  /** The id registered for {@code name}, or null. */
  Integer idOf(String name) {
    return ids.get(name);
  }

  /** The client refused or lost the id (a REGACK or PUBACK with "invalid topic id"). */
  void forget(int id) {
    String name = names.remove(id);
    if (name != null) {
      ids.remove(name);
    }
  }
}
