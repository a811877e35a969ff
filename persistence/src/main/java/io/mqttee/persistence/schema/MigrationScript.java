// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.schema;

import java.io.Reader;
import java.io.StringReader;
import org.flywaydb.core.api.resource.LoadableResource;

/** One SQL migration, read from the class path ahead of time. */
final class MigrationScript extends LoadableResource {
  private final String folder;
  private final String filename;
  private final String text;

  MigrationScript(String folder, String filename, String text) {
    this.folder = folder;
    this.filename = filename;
    this.text = text;
  }

  @Override
  public Reader read() {
    return new StringReader(text);
  }

  @Override
  public String getAbsolutePath() {
    return folder + "/" + filename;
  }

  @Override
  public String getAbsolutePathOnDisk() {
    return getAbsolutePath();
  }

  @Override
  public String getFilename() {
    return filename;
  }

  /** The file name, as Flyway's own class path scanning would record it in the history table. */
  @Override
  public String getRelativePath() {
    return filename;
  }
}
