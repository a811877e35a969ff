// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.app;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;

/** How many messages each bean has taken since the last reset. */
@ApplicationScoped
public class Counts {

  private final AtomicLong plain = new AtomicLong();
  private final AtomicLong transacted = new AtomicLong();

  void plain() {
    plain.incrementAndGet();
  }

  void transacted() {
    transacted.incrementAndGet();
  }

  void reset() {
    plain.set(0);
    transacted.set(0);
  }

  /** "{plain} {transacted}". */
  String text() {
    return plain.get() + " " + transacted.get();
  }
}
