// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.api.json;

import io.mqttee.admin.security.AdminAccount;
import io.mqttee.admin.security.ApiKeyView;
import io.mqttee.admin.security.NewApiKey;
import io.mqttee.broker.admin.InvalidInputException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** Administrators and API keys; passwords and secrets never leave, except a new key's secret. */
public final class AdminJson {
  private AdminJson() {}

  public static Map<String, Object> admin(AdminAccount a) {
    Map<String, Object> json = Fields.object();
    json.put("username", a.username());
    json.put("must_change_password", a.mustChangePassword());
    json.put("created_at", Fields.time(a.createdAtMillis()));
    return json;
  }

  public static Map<String, Object> apiKey(ApiKeyView k) {
    Map<String, Object> json = Fields.object();
    json.put("api_key", k.keyId());
    json.put("name", k.name());
    json.put("created_by", k.createdBy());
    json.put("created_at", Fields.time(k.createdAtMillis()));
    json.put(
        "expired_at", k.expiresAtMillis() == 0 ? "infinity" : Fields.time(k.expiresAtMillis()));
    return json;
  }

  public static Map<String, Object> newApiKey(NewApiKey k) {
    Map<String, Object> json = apiKey(k.key());
    json.put("api_secret", k.secret());
    return json;
  }

  /**
   * {@code expired_at} as EMQX 5 takes it: an RFC 3339 time, epoch seconds, or "infinity" (also
   * when missing).
   *
   * @return epoch milliseconds, 0 for never
   */
  public static long expiresAt(RequestBody body) {
    if (!body.has("expired_at")) {
      return 0;
    }
    JsonValue value = body.json().get("expired_at");
    if (value instanceof JsonNumber) {
      return body.integer("expired_at", 1, Long.MAX_VALUE / 1000, 0) * 1000;
    }
    if (value instanceof JsonString text) {
      if (text.getString().equalsIgnoreCase("infinity")) {
        return 0;
      }
      try {
        return Instant.parse(text.getString()).toEpochMilli();
      } catch (DateTimeParseException e) {
        throw new InvalidInputException(
            "expired_at must be an RFC 3339 time, epoch seconds or \"infinity\"");
      }
    }
    throw new InvalidInputException(
        "expired_at must be an RFC 3339 time, epoch seconds or \"infinity\"");
  }
}
