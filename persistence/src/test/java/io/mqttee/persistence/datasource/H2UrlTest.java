// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.datasource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class H2UrlTest {

  @Test
  void addsAWriteDelayOfZeroToAFileUrl() {
    assertEquals(
        "jdbc:h2:file:./d/m;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0",
        H2Url.withCommitsWrittenAtOnce("jdbc:h2:file:./d/m;DB_CLOSE_ON_EXIT=FALSE"));
    assertEquals("jdbc:h2:./m;WRITE_DELAY=0", H2Url.withCommitsWrittenAtOnce("jdbc:h2:./m;"));
    assertEquals(
        "jdbc:h2:tcp://h/m;WRITE_DELAY=0", H2Url.withCommitsWrittenAtOnce("jdbc:h2:tcp://h/m"));
  }

  @Test
  void keepsAWriteDelaySetInAnyCase() {
    assertEquals(
        "jdbc:h2:./m;Write_Delay = 20",
        H2Url.withCommitsWrittenAtOnce("jdbc:h2:./m;Write_Delay = 20"));
  }

  @Test
  void doesNotTakeThePathForASetting() {
    assertFalse(H2Url.setsSetting("jdbc:h2:./WRITE_DELAY", "WRITE_DELAY"));
    assertTrue(H2Url.setsSetting("jdbc:h2:./m;A=1;WRITE_DELAY=0", "write_delay"));
  }

  @Test
  void leavesInMemoryDatabasesAlone() {
    assertEquals("jdbc:h2:mem:x", H2Url.withCommitsWrittenAtOnce("jdbc:h2:mem:x"));
  }

  @Test
  void addsWhatTheStoreNeedsUnlessTheUrlSetsIt() {
    assertEquals(
        "jdbc:h2:file:./d/m;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE",
        H2Url.withStoreSettings("jdbc:h2:file:./d/m"));
    assertEquals(
        "jdbc:h2:file:./d/m;db_close_on_exit=true;WRITE_DELAY=0",
        H2Url.withStoreSettings("jdbc:h2:file:./d/m;db_close_on_exit=true"));
  }

  @Test
  void resolvesARelativePathAgainstTheServersDataDirectory() {
    Optional<Path> data = Optional.of(Path.of("/srv/wildfly/standalone/data"));
    assertEquals(
        "jdbc:h2:file:/srv/wildfly/standalone/data/mqttee-data/mqttee;A=1",
        H2Url.resolvedAgainst("jdbc:h2:file:./mqttee-data/mqttee;A=1", data));
    assertEquals(
        "jdbc:h2:/srv/wildfly/standalone/data/m", H2Url.resolvedAgainst("jdbc:h2:./m", data));
  }

  @Test
  void keepsAbsoluteAndRemotePathsAndRelativeOnesWithoutADataDirectory() {
    Optional<Path> data = Optional.of(Path.of("/srv/data"));
    assertEquals("jdbc:h2:file:/var/m", H2Url.resolvedAgainst("jdbc:h2:file:/var/m", data));
    assertEquals("jdbc:h2:tcp://h/./m", H2Url.resolvedAgainst("jdbc:h2:tcp://h/./m", data));
    assertEquals("jdbc:h2:mem:./m", H2Url.resolvedAgainst("jdbc:h2:mem:./m", data));
    assertEquals("jdbc:h2:./m", H2Url.resolvedAgainst("jdbc:h2:./m", Optional.empty()));
  }
}
