// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.api.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mqttee.admin.security.ApiKeyView;
import io.mqttee.admin.security.NewApiKey;
import io.mqttee.broker.admin.InvalidInputException;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class AdminJsonTest {

  private static long expiresAt(String json) {
    return AdminJson.expiresAt(RequestBody.of(json));
  }

  @Test
  void readsKeyExpiryAsEmqx5Does() {
    assertEquals(0, expiresAt("{}"));
    assertEquals(0, expiresAt("{\"expired_at\": \"infinity\"}"));
    assertEquals(90_000, expiresAt("{\"expired_at\": 90}"));
    assertEquals(1_000, expiresAt("{\"expired_at\": \"1970-01-01T00:00:01Z\"}"));
    assertThrows(InvalidInputException.class, () -> expiresAt("{\"expired_at\": \"soon\"}"));
    assertThrows(InvalidInputException.class, () -> expiresAt("{\"expired_at\": true}"));
  }

  @Test
  void showsAKeysSecretOnlyWhenItIsNew() {
    ApiKeyView key = new ApiKeyView("id1", "ci", "admin", 1000, 0);

    Map<String, Object> listed = AdminJson.apiKey(key);
    Map<String, Object> created = AdminJson.newApiKey(new NewApiKey(key, "s3cret"));

    assertFalse(listed.containsKey("api_secret"));
    assertEquals("infinity", listed.get("expired_at"));
    assertEquals("id1", listed.get("api_key"));
    assertEquals("s3cret", created.get("api_secret"));
  }
}
