// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.lwm2m;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class UplinkTest {

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void readsTheAnswerToACommand() {
    Uplink answer =
        Uplink.parse(
            "lwm2m/dev-7/up/resp",
            utf8(
                "{\"reqID\": 42, \"msgType\": \"read\", \"data\": {\"code\": \"2.05\","
                    + " \"codeMsg\": \"content\", \"reqPath\": \"/3/0/0\"}}"));
    assertEquals(new Uplink("dev-7", "read", 42, "2.05"), answer);
    assertFalse(answer.isRegisterEvent());
  }

  @Test
  void recognisesARegisterEvent() {
    Uplink event =
        Uplink.parse(
            "lwm2m/dev-7/up/resp",
            utf8("{\"msgType\":\"register\",\"data\":{\"ep\":\"dev-7\",\"lt\":600}}"));
    assertTrue(event.isRegisterEvent());
    assertEquals(-1, event.reqId());
  }

  @Test
  void ignoresOtherTopics() {
    assertNull(Uplink.parse("lwm2m/dev-7/up/notify", utf8("{}")));
    assertNull(Uplink.parse("bench/in/1", utf8("{}")));
  }
}
