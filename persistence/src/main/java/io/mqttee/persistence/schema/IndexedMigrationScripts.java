// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.schema;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * The migration scripts of one folder, as its file {@code index} lists them, one file name a line
 * ({@code #} starts a comment). Flyway's class path scanning lists folders through the class
 * loader's URLs, which it cannot read inside an EAR's lib/ on Payara's and WildFly's (VFS) class
 * loaders; reading named resources works on every class loader.
 */
final class IndexedMigrationScripts implements ResourceProvider {
  static final String INDEX = "index";

  private final List<MigrationScript> scripts;

  private IndexedMigrationScripts(List<MigrationScript> scripts) {
    this.scripts = scripts;
  }

  /** Reads the index of {@code folder} and every script it lists. */
  static IndexedMigrationScripts load(ClassLoader loader, String folder) {
    List<MigrationScript> scripts = new ArrayList<>();
    for (String filename : fileNames(read(loader, folder + "/" + INDEX))) {
      scripts.add(new MigrationScript(folder, filename, read(loader, folder + "/" + filename)));
    }
    if (scripts.isEmpty()) {
      throw new SchemaMigrationException("no migration listed in " + folder + "/" + INDEX);
    }
    return new IndexedMigrationScripts(List.copyOf(scripts));
  }

  static List<String> fileNames(String index) {
    return index
        .lines()
        .map(line -> line.replaceFirst("#.*", "").strip())
        .filter(line -> !line.isEmpty())
        .toList();
  }

  private static String read(ClassLoader loader, String path) {
    try (InputStream in = loader.getResourceAsStream(path)) {
      if (in == null) {
        throw new SchemaMigrationException("migration resource " + path + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SchemaMigrationException("cannot read migration resource " + path, e);
    }
  }

  List<String> fileNames() {
    return scripts.stream().map(MigrationScript::getFilename).toList();
  }

  @Override
  public LoadableResource getResource(String name) {
    return scripts.stream()
        .filter(s -> s.getFilename().equals(name) || s.getAbsolutePath().equals(name))
        .findFirst()
        .orElse(null);
  }

  @Override
  public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
    return scripts.stream()
        .filter(s -> s.getFilename().startsWith(prefix))
        .filter(s -> Arrays.stream(suffixes).anyMatch(s.getFilename()::endsWith))
        .<LoadableResource>map(s -> s)
        .toList();
  }
}
