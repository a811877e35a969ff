// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.lwm2m.json;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The {@code msgType} of a command an MQTT application sends to a device. */
public enum MsgType {
  READ("read"),
  DISCOVER("discover"),
  WRITE("write"),
  WRITE_ATTR("write-attr"),
  EXECUTE("execute"),
  CREATE("create"),
  DELETE("delete"),
  OBSERVE("observe"),
  CANCEL_OBSERVE("cancel-observe");

  /** Every name, for error messages. */
  static final String NAMES =
      Arrays.stream(values()).map(MsgType::wireName).collect(Collectors.joining(", "));

  private final String wireName;

  MsgType(String wireName) {
    this.wireName = wireName;
  }

  /** The name in the JSON, e.g. {@code "write-attr"}. */
  public String wireName() {
    return wireName;
  }

  /** The type whose JSON name is {@code name} (case-sensitive, as EMQX). */
  public static Optional<MsgType> fromWireName(String name) {
    return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
  }
}
