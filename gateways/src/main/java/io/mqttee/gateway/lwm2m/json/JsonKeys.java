// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.lwm2m.json;

/** Field names shared by commands, answers and events. */
final class JsonKeys {
  static final String REQ_ID = "reqID";
  static final String MSG_TYPE = "msgType";
  static final String DATA = "data";

  private JsonKeys() {}
}
