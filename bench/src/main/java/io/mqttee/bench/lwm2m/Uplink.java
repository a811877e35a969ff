// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.lwm2m;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the benchmark needs of a message on {@code lwm2m/{ep}/up/resp}: the endpoint, {@code
 * msgType}, a numeric {@code reqID} (-1 when absent) and {@code data.code}. Read with patterns, not
 * a JSON parser: the generator stays light and the gateway's JSON is flat enough.
 */
record Uplink(String endpoint, String msgType, long reqId, String code) {

  private static final Pattern MSG_TYPE = Pattern.compile("\"msgType\"\\s*:\\s*\"([^\"]*)\"");
  private static final Pattern REQ_ID = Pattern.compile("\"reqID\"\\s*:\\s*(\\d+)");
  private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]*)\"");

  /** The message, or null when the topic is not an endpoint's {@code up/resp}. */
  static Uplink parse(String topic, byte[] payload) {
    String[] levels = topic.split("/", -1);
    if (levels.length != 4 || !levels[2].equals("up") || !levels[3].equals("resp")) {
      return null;
    }
    String json = new String(payload, StandardCharsets.UTF_8);
    Matcher reqId = REQ_ID.matcher(json);
    return new Uplink(
        levels[1],
        first(MSG_TYPE, json),
        reqId.find() ? Long.parseLong(reqId.group(1)) : -1,
        first(CODE, json));
  }

  private static String first(Pattern pattern, String json) {
    Matcher matcher = pattern.matcher(json);
    return matcher.find() ? matcher.group(1) : "";
  }

  boolean isRegisterEvent() {
    return reqId < 0 && msgType.equals("register");
  }
}
