// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.broker.admin.ConflictException;
import io.mqttee.broker.admin.InvalidInputException;
import io.mqttee.broker.admin.NotFoundException;
import jakarta.json.JsonException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class ApiErrorTest {

  @Test
  void mapsTheFacadesFailuresToTheirStatusAndCode() {
    assertEquals(
        new ApiError(400, "BAD_REQUEST", "qos must be 0 to 2"),
        ApiError.of(new InvalidInputException("qos must be 0 to 2")));
    assertEquals(
        new ApiError(404, "NOT_FOUND", "no client c"),
        ApiError.of(new NotFoundException("no client c")));
    assertEquals(
        new ApiError(409, "ALREADY_EXISTS", "user u exists"),
        ApiError.of(new ConflictException("user u exists")));
    assertEquals(new ApiError(400, "BAD_REQUEST", "bad"), ApiError.of(new JsonException("bad")));
  }

  @Test
  void showsNoDetailsOfAnInternalError() {
    ApiError error = ApiError.of(new IllegalStateException("secret detail"));

    assertEquals(500, error.status());
    assertEquals("INTERNAL_ERROR", error.code());
    assertFalse(error.message().contains("secret"));
    assertTrue(error.internal());
    assertEquals(500, ApiError.of(new IllegalArgumentException("a bug")).status());
    assertFalse(ApiError.of(new NotFoundException("x")).internal());
  }
}
