// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneOffset;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class ConsoleFormatTest {

  private final ConsoleFormat format = new ConsoleFormat(ZoneOffset.UTC);

  @Test
  void showsTimesInTheServersZoneAndNoTimeAsADash() {
    assertEquals("2023-11-14 22:13:20", format.time(1_700_000_000_000L));
    assertEquals("-", format.time(0));
  }

  @Test
  void showsAnEndOfZeroAsNever() {
    assertEquals("never", format.until(0));
    assertEquals("2023-11-14 22:13:20", format.until(1_700_000_000_000L));
  }

  @Test
  void showsDurationsFromTheLargestUnitThatIsNotZero() {
    assertEquals("0s", format.duration(0));
    assertEquals("59s", format.duration(59));
    assertEquals("1m 0s", format.duration(60));
    assertEquals("1h 0m 5s", format.duration(3605));
    assertEquals("2d 3h 4m 5s", format.duration(2 * 86_400 + 3 * 3600 + 4 * 60 + 5));
  }
}
