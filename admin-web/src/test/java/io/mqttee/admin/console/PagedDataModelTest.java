// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.mqttee.broker.admin.InvalidInputException;
import io.mqttee.broker.admin.Page;
import io.mqttee.broker.admin.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class PagedDataModelTest {

  private final List<String> all = IntStream.range(0, 45).mapToObj(i -> "client-" + i).toList();
  private final List<PageRequest> requests = new ArrayList<>();
  private final RecordingFeedback feedback = new RecordingFeedback();

  private final PagedDataModel<String> model =
      new PagedDataModel<>(
          request -> {
            requests.add(request);
            return Page.of(all, request);
          },
          id -> id,
          feedback);

  @Test
  void asksTheFacadeForThePageThatHoldsTheFirstRow() {
    assertEquals(new PageRequest(1, 20), PagedDataModel.requestFor(0, 20));
    assertEquals(new PageRequest(3, 20), PagedDataModel.requestFor(40, 20));
    // after the rows per page changed, the first row may sit inside a page
    assertEquals(new PageRequest(2, 50), PagedDataModel.requestFor(60, 50));
  }

  @Test
  void keepsTheLimitWithinWhatTheFacadeAccepts() {
    assertEquals(new PageRequest(1, 1), PagedDataModel.requestFor(0, 0));
    assertEquals(
        new PageRequest(1, PageRequest.MAX_LIMIT), PagedDataModel.requestFor(0, 1_000_000));
  }

  @Test
  void loadsOnePageAndCountsTheWholeListing() {
    List<String> rows = model.load(40, 20, Map.of(), Map.of());

    assertEquals(List.of("client-40", "client-41", "client-42", "client-43", "client-44"), rows);
    assertEquals(45, model.getRowCount());
    assertEquals(List.of(new PageRequest(3, 20)), requests);
  }

  @Test
  void countsWithoutFetchingMoreThanOneRow() {
    assertEquals(45, model.count(Map.of()));
    assertEquals(List.of(new PageRequest(1, 1)), requests);
  }

  @Test
  void findsARowOfTheCurrentPageByItsKey() {
    model.setWrappedData(model.load(0, 20, Map.of(), Map.of()));

    assertEquals("client-7", model.getRowData("client-7"));
    assertEquals("client-7", model.getRowKey("client-7"));
    assertNull(model.getRowData("client-30"));
  }

  @Test
  void showsARefusedListingAsAMessageAndAnEmptyTable() {
    PagedDataModel<String> refusing =
        new PagedDataModel<>(
            request -> {
              throw new InvalidInputException("not a valid topic filter: a/#/b");
            },
            id -> id,
            feedback);

    assertEquals(List.of(), refusing.load(0, 20, Map.of(), Map.of()));
    assertEquals(0, refusing.getRowCount());
    assertEquals(0, refusing.count(Map.of()));
    assertEquals(
        List.of("not a valid topic filter: a/#/b", "not a valid topic filter: a/#/b"),
        feedback.errors);
  }
}
