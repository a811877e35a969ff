// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.broker.admin.ConflictException;
import io.mqttee.broker.admin.InvalidInputException;
import io.mqttee.broker.admin.NotFoundException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class FeedbackTest {

  private final RecordingFeedback feedback = new RecordingFeedback();

  @Test
  void saysDoneWhenTheActionSucceeds() {
    assertTrue(feedback.perform(() -> {}, "Deleted."));
    assertEquals(List.of("Deleted."), feedback.infos);
    assertEquals(List.of(), feedback.errors);
  }

  @Test
  void showsEachRefusalOfTheFacadeAsAnErrorMessage() {
    assertFalse(
        feedback.perform(
            () -> {
              throw new InvalidInputException("limit must be 1 to 10000, was 0");
            },
            "never"));
    assertFalse(
        feedback.perform(
            () -> {
              throw new NotFoundException("no client c1");
            },
            "never"));
    assertFalse(
        feedback.perform(
            () -> {
              throw new ConflictException("user alice exists");
            },
            "never"));
    assertEquals(
        List.of("limit must be 1 to 10000, was 0", "no client c1", "user alice exists"),
        feedback.errors);
    assertEquals(List.of(), feedback.infos);
  }

  @Test
  void returnsTheResultAndSaysNothingWithoutADoneMessage() {
    assertEquals(Optional.of(3), feedback.attempt(() -> 3, null));
    assertEquals(List.of(), feedback.infos);
  }

  @Test
  void letsOtherFailuresThrough() {
    assertThrows(
        IllegalStateException.class,
        () ->
            feedback.attempt(
                () -> {
                  throw new IllegalStateException("a bug");
                },
                "never"));
  }
}
