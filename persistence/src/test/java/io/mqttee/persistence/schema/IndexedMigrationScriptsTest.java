// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mqttee.persistence.DatabaseVendor;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.api.resource.LoadableResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class IndexedMigrationScriptsTest {
  private static final ClassLoader LOADER = SchemaMigrations.class.getClassLoader();

  private static String folderOf(DatabaseVendor vendor) {
    return SchemaMigrations.MIGRATIONS_ROOT + "/" + vendor.folderName();
  }

  /** The SQL files in the folder, as the build put them into target/classes. */
  private static List<String> sqlFilesIn(String folder) throws IOException, URISyntaxException {
    URL url = LOADER.getResource(folder);
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(name -> name.endsWith(".sql"))
          .sorted()
          .toList();
    }
  }

  @Test
  void everyVendorsIndexListsEverySqlFileOfItsFolder() throws Exception {
    for (DatabaseVendor vendor : DatabaseVendor.values()) {
      String folder = folderOf(vendor);
      List<String> indexed =
          IndexedMigrationScripts.load(LOADER, folder).fileNames().stream().sorted().toList();
      assertEquals(sqlFilesIn(folder), indexed, folder);
    }
  }

  @Test
  void everyVendorHasTheSameMigrations() {
    List<String> h2 = IndexedMigrationScripts.load(LOADER, folderOf(DatabaseVendor.H2)).fileNames();
    List<String> postgresql =
        IndexedMigrationScripts.load(LOADER, folderOf(DatabaseVendor.POSTGRESQL)).fileNames();
    assertEquals(h2, postgresql);
  }

  @Test
  void findsScriptsByPrefixAndSuffixAndByName() {
    IndexedMigrationScripts scripts =
        IndexedMigrationScripts.load(LOADER, folderOf(DatabaseVendor.H2));

    List<String> versioned =
        scripts.getResources("V", new String[] {".sql"}).stream()
            .map(LoadableResource::getFilename)
            .toList();
    assertEquals(
        List.of(
            "V1__tables_of_hbm2ddl.sql",
            "V2__pending_release.sql",
            "V3__access_control.sql",
            "V4__admin_accounts.sql",
            "V5__session_owner.sql"),
        versioned);
    assertEquals(List.of(), scripts.getResources("R", new String[] {".sql"}));
    assertEquals(5, scripts.getResources("", new String[] {""}).size());
    assertEquals(
        "db/migration/h2/V2__pending_release.sql",
        scripts.getResource("V2__pending_release.sql").getAbsolutePath());
    assertNull(scripts.getResource("V9__none.sql"));
  }

  @Test
  void readsFileNamesWithoutCommentsAndBlankLines() {
    assertEquals(
        List.of("V1__a.sql", "V2__b.sql"),
        IndexedMigrationScripts.fileNames("# header\n\nV1__a.sql\n  V2__b.sql  # why\n"));
  }

  @Test
  void failsClearlyWhenTheIndexIsMissing() {
    SchemaMigrationException e =
        assertThrows(
            SchemaMigrationException.class,
            () -> IndexedMigrationScripts.load(LOADER, "db/migration/none"));
    assertEquals("migration resource db/migration/none/index is missing", e.getMessage());
  }
}
