// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class ApiRefusalTest {

  @Test
  void writesTheApisErrorFormatWithEscapedText() {
    assertEquals(
        "{\"code\":\"UNAUTHORIZED\",\"message\":\"a \\\"b\\\" \\\\ c\\n\\u0001\"}",
        ApiRefusal.body("UNAUTHORIZED", "a \"b\" \\ c\n\u0001"));
  }
}
