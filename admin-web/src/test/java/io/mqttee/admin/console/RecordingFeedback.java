// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.console;

import java.util.ArrayList;
import java.util.List;

/** Feedback that keeps what a page said, for assertions. */
final class RecordingFeedback implements Feedback {
  private static final long serialVersionUID = 1L;

  final List<String> infos = new ArrayList<>();
  final List<String> errors = new ArrayList<>();

  @Override
  public void info(String message) {
    infos.add(message);
  }

  @Override
  public void error(String message) {
    errors.add(message);
  }
}
