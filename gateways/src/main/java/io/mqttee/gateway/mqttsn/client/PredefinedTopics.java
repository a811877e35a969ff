// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.mqttsn.client;

import java.util.HashMap;
import java.util.Map;

/**
 * Topic ids that the gateway and all its clients know in advance (MQTT-SN 1.2 section 3, topic id
 * type "predefined"), shared by every client. Immutable.
 */
public final class PredefinedTopics {

  /** EMQX's example table, so that EMQX users' devices work unchanged. */
  public static final String EMQX_EXAMPLE =
      "1=/predefined/topic/name/hello,2=/predefined/topic/name/nice";

  private final Map<Integer, String> names;
  private final Map<String, Integer> ids = new HashMap<>();

  private PredefinedTopics(Map<Integer, String> names) {
    this.names = Map.copyOf(names);
    names.forEach((id, name) -> ids.put(name, id));
  }

  /**
   * Parses {@code id=name,id=name}; ids are 1 to 65534.
   *
   * @throws IllegalArgumentException for an entry that is not {@code id=name} with such an id
   */
  public static PredefinedTopics parse(String table) {
    Map<Integer, String> names = new HashMap<>();
    for (String entry : table.split(",")) {
      if (entry.isBlank()) {
        continue;
      }
      int equals = entry.indexOf('=');
      if (equals <= 0 || equals == entry.length() - 1) {
        throw new IllegalArgumentException("predefined topic not id=name: " + entry.strip());
      }
      int id = Integer.parseInt(entry.substring(0, equals).strip());
      if (id < 1 || id > 0xFFFE) {
        throw new IllegalArgumentException("predefined topic id out of 1..65534: " + id);
      }
      names.put(id, entry.substring(equals + 1).strip());
    }
    return new PredefinedTopics(names);
  }

  /** The topic name of a predefined id, or null. */
  public String nameOf(int id) {
    return names.get(id);
  }

  /** The predefined id of a topic name, or null. */
  public Integer idOf(String name) {
    return ids.get(name);
  }

  public int size() {
    return names.size();
  }
}
