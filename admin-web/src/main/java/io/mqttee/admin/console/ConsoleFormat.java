// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the pages show times, durations and payloads ({@code #{consoleFormat.time(...)}}). */
@Named
@ApplicationScoped
public class ConsoleFormat {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final ZoneId zone;

  public ConsoleFormat() {
    this(ZoneId.systemDefault());
  }

  ConsoleFormat(ZoneId zone) {
    this.zone = zone;
  }

  /** Epoch milliseconds in the server's zone; 0 shows as {@code "-"}. */
  public String time(long epochMillis) {
    return epochMillis == 0 ? "-" : TIME.format(Instant.ofEpochMilli(epochMillis).atZone(zone));
  }

  /** An end time; 0 means it never ends. */
  public String until(long epochMillis) {
    return epochMillis == 0 ? "never" : time(epochMillis);
  }

  /** For example {@code "2d 3h 4m 5s"}. */
  public String duration(long seconds) {
    Duration duration = Duration.ofSeconds(seconds);
    StringBuilder text = new StringBuilder();
    if (duration.toDays() > 0) {
      text.append(duration.toDays()).append("d ");
    }
    if (text.length() > 0 || duration.toHoursPart() > 0) {
      text.append(duration.toHoursPart()).append("h ");
    }
    if (text.length() > 0 || duration.toMinutesPart() > 0) {
      text.append(duration.toMinutesPart()).append("m ");
    }
    return text.append(duration.toSecondsPart()).append('s').toString();
  }

  public String text(byte[] payload) {
    return Payloads.text(payload);
  }

  public String hex(byte[] payload) {
    return Payloads.hex(payload);
  }

  public String base64(byte[] payload) {
    return Payloads.base64(payload);
  }

  public String size(byte[] payload) {
    return Payloads.size(payload);
  }

  public String rate(double perSecond) {
    return DashboardFigures.rate(perSecond);
  }
}
