// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class BasicCredentialsTest {
  private static String basic(String userColonPassword) {
    return "Basic "
        + Base64.getEncoder().encodeToString(userColonPassword.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void splitsAtTheFirstColonSoPasswordsMayHoldColons() {
    assertEquals(
        Optional.of(new BasicCredentials("key", "se:cr:et")),
        BasicCredentials.parse(basic("key:se:cr:et")));
  }

  @Test
  void readsUtf8AndTheSchemeInAnyCase() {
    assertEquals(
        Optional.of(new BasicCredentials("jürgen", "pässword")),
        BasicCredentials.parse(basic("jürgen:pässword").replace("Basic", "bAsIc")));
  }

  @Test
  void ignoresOtherSchemesAndMalformedHeaders() {
    assertEquals(Optional.empty(), BasicCredentials.parse(null));
    assertEquals(Optional.empty(), BasicCredentials.parse("Bearer abc"));
    assertEquals(Optional.empty(), BasicCredentials.parse("Basic"));
    assertEquals(Optional.empty(), BasicCredentials.parse("Basic !!!"));
    assertEquals(Optional.empty(), BasicCredentials.parse(basic("no-colon")));
    assertEquals(Optional.empty(), BasicCredentials.parse(basic(":password")));
  }
}
