// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mqttee.broker.admin.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class SettingsTextTest {

  @Test
  void readsBackWhatItWrites() {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("port", "1883");
    settings.put("bind", "0.0.0.0");

    String text = SettingsText.format(settings);

    assertEquals("port=1883\nbind=0.0.0.0", text);
    assertEquals(settings, SettingsText.parse(text));
    assertEquals(List.of("port", "bind"), List.copyOf(SettingsText.parse(text).keySet()));
  }

  @Test
  void ignoresBlankLinesCommentsAndSpacesAroundNamesAndValues() {
    assertEquals(
        Map.of("port", "1884", "path", "/mqtt=x"),
        SettingsText.parse("# the port\r\n port = 1884 \n\npath=/mqtt=x\n"));
  }

  @Test
  void namesTheFirstLineThatIsNotASetting() {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> SettingsText.parse("port=1\nbind\n"));
    assertEquals("line 2 is not name=value: bind", refused.getMessage());
    assertThrows(InvalidInputException.class, () -> SettingsText.parse("=1"));
  }

  @Test
  void readsNothingFromNothing() {
    assertEquals(Map.of(), SettingsText.parse(null));
    assertEquals(Map.of(), SettingsText.parse(""));
  }
}
