// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.api.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mqttee.broker.admin.Page;
import io.mqttee.broker.admin.PageRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class EnvelopeTest {

  @Test
  void aPageCarriesItsItemsAndTheSizeOfTheWholeListing() {
    Page<String> page = Page.of(List.of("a", "b", "c", "d", "e"), new PageRequest(2, 2));

    assertEquals(
        Map.of("data", List.of("C", "D"), "meta", Map.of("page", 2, "limit", 2, "count", 5L)),
        Envelope.page(page, String::toUpperCase));
  }

  @Test
  void anUnpagedListingIsOnePage() {
    assertEquals(
        Map.of("data", List.of(1, 2), "meta", Map.of("page", 1, "limit", 2, "count", 2)),
        Envelope.all(List.of(1, 2), i -> i));
  }

  @Test
  void objectsAndErrorsHaveTheirOwnShapes() {
    assertEquals(Map.of("data", Map.of("a", 1)), Envelope.data(Map.of("a", 1)));
    assertEquals(
        Map.of("code", "NOT_FOUND", "message", "no client x"),
        Envelope.error("NOT_FOUND", "no client x"));
  }
}
