// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.console;

import io.mqttee.broker.admin.ConflictException;
import io.mqttee.broker.admin.InvalidInputException;
import io.mqttee.broker.admin.NotFoundException;
import java.io.Serializable;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where a page tells the administrator what happened. A refusal of the facade (invalid input, not
 * found, conflict) becomes a message on the page, never an error page.
 */
public interface Feedback extends Serializable {

  void info(String message);

  void error(String message);

  /**
   * Runs {@code action}; says {@code done} when it succeeds.
   *
   * @return whether it succeeded
   */
  default boolean perform(Runnable action, String done) {
    return attempt(
            () -> {
              action.run();
              return Boolean.TRUE;
            },
            done)
        .isPresent();
  }

  /** Runs {@code action}; says {@code done} (unless null) when it succeeds. */
  default <T> Optional<T> attempt(Supplier<T> action, String done) {
    try {
      T result = action.get();
      if (done != null) {
        info(done);
      }
      return Optional.ofNullable(result);
    } catch (InvalidInputException | NotFoundException | ConflictException e) {
      error(e.getMessage());
      return Optional.empty();
    }
  }
}
