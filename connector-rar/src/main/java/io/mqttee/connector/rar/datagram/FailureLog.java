// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.datagram;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Failures a datagram listener survives: each kind (what failed and the exception's class) is
 * logged with its stack trace once, then only counted, so a gateway failing on every datagram
 * cannot flood the log.
 */
public final class FailureLog {

  private static final Logger LOG = System.getLogger(FailureLog.class.getName());

  private final String listener;
  private final Set<String> seen = ConcurrentHashMap.newKeySet();
  private final LongAdder count = new LongAdder();

  public FailureLog(String listener) {
    this.listener = listener;
  }

  public void failed(String what, Throwable cause) {
    count.increment();
    if (seen.add(what + ' ' + cause.getClass().getName())) {
      LOG.log(
          Level.WARNING,
          listener
              + ": "
              + what
              + " failed with "
              + cause
              + "; the listener keeps running, further failures of this kind are only counted",
          cause);
    }
  }

  public long count() {
    return count.sum();
  }
}
