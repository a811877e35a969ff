// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.stats;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** {@code RESULT key=value ...}: one line per run, for scripts to parse. */
public final class ResultLine {

  private final Map<String, String> fields = new LinkedHashMap<>();

  public ResultLine put(String key, Object value) {
    fields.put(key, String.valueOf(value).replace(' ', '_'));
    return this;
  }

  public ResultLine put(String key, long value) {
    fields.put(key, Long.toString(value));
    return this;
  }

  public ResultLine put(String key, double value) {
    fields.put(key, String.format(Locale.ROOT, "%.2f", value));
    return this;
  }

  public String get(String key) {
    return fields.get(key);
  }

  @Override
  public String toString() {
    StringBuilder line = new StringBuilder("RESULT");
    fields.forEach((k, v) -> line.append(' ').append(k).append('=').append(v));
    return line.toString();
  }
}
