// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mqttee.broker.admin.InvalidInputException;
import io.mqttee.broker.admin.PageRequest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class PagingTest {

  private static Paging emqx(String page, String limit) {
    Paging paging = new Paging();
    paging.underscorePage = page;
    paging.underscoreLimit = limit;
    return paging;
  }

  @Test
  void isTheFirstHundredWhenNotGiven() {
    assertEquals(new PageRequest(1, 100), new Paging().request());
    assertEquals(new PageRequest(1, 100), new Paging("", "").request());
  }

  @Test
  void takesEmqxUnderscoreParametersBeforeThePlainOnes() {
    Paging paging = emqx("3", "2");
    paging.page = "9";
    paging.limit = "9";

    assertEquals(new PageRequest(3, 2), paging.request());
    assertEquals(new PageRequest(4, 5), new Paging("4", "5").request());
  }

  @Test
  void refusesPagesThatAreNotPositiveNumbers() {
    assertEquals(
        "_limit must be a number, was 'ten'",
        assertThrows(InvalidInputException.class, () -> emqx("1", "ten").request()).getMessage());
    assertEquals(
        "page must be a number, was '1.5'",
        assertThrows(InvalidInputException.class, () -> new Paging("1.5", null).request())
            .getMessage());
    assertThrows(InvalidInputException.class, () -> emqx("0", "1").request());
    assertThrows(InvalidInputException.class, () -> emqx("1", "0").request());
    assertThrows(InvalidInputException.class, () -> emqx("1", "10001").request());
  }
}
