// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.lwm2m;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.eclipse.leshan.core.model.LwM2mModel;
import org.eclipse.leshan.core.model.ObjectLoader;
import org.eclipse.leshan.core.model.ObjectModel;
import org.eclipse.leshan.server.model.LwM2mModelProvider;
import org.eclipse.leshan.server.model.VersionedModelProvider;
import org.eclipse.leshan.server.registration.Registration;

/**
 * The object model the server decodes and encodes with: the OMA objects Leshan ships (the core
 * objects 0-7 and the other registered ones of its release), plus every DDF XML file in the
 * configured directory. The directory is looked at again at most once a second, when a device's
 * model is asked for: a file put there, changed or removed takes effect without a restart.
 */
public final class ObjectModels implements LwM2mModelProvider {

  private static final Logger LOG = System.getLogger(ObjectModels.class.getName());
  private static final long RESCAN_MILLIS = 1_000;

  private final Path directory;
  private final LongSupplier clock;
  private volatile VersionedModelProvider models;
  private volatile String loadedSignature;
  private volatile long nextScan;

  public ObjectModels(Path directory, LongSupplier clock) {
    this.directory = directory;
    this.clock = clock;
    this.loadedSignature = signature();
    this.models = new VersionedModelProvider(load());
  }

  @Override
  public LwM2mModel getObjectModel(Registration registration) {
    rescanWhenDue();
    return models.getObjectModel(registration);
  }

  private void rescanWhenDue() {
    long now = clock.getAsLong();
    if (directory == null || now < nextScan) {
      return;
    }
    synchronized (this) {
      if (now < nextScan) {
        return;
      }
      nextScan = now + RESCAN_MILLIS;
      String current = signature();
      if (!current.equals(loadedSignature)) {
        models = new VersionedModelProvider(load());
        loadedSignature = current;
      }
    }
  }

  private List<ObjectModel> load() {
    List<ObjectModel> all = new ArrayList<>(ObjectLoader.loadAllDefault());
    if (directory != null && Files.isDirectory(directory)) {
      List<ObjectModel> extra = ObjectLoader.loadObjectsFromDir(directory.toFile(), true);
      all.addAll(extra);
      LOG.log(Level.INFO, "LWM2M object model: {0} objects from {1}", extra.size(), directory);
    }
    return all;
  }

  /** The names, sizes and times of the directory's files: what a change would change. */
  private String signature() {
    if (directory == null || !Files.isDirectory(directory)) {
      return "";
    }
    try (Stream<Path> files = Files.list(directory)) {
      StringBuilder signature = new StringBuilder();
      files
          .sorted()
          .forEach(
              file -> {
                try {
                  signature
                      .append(file.getFileName())
                      .append(':')
                      .append(Files.size(file))
                      .append(':')
                      .append(Files.getLastModifiedTime(file).toMillis())
                      .append(';');
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
      return signature.toString();
    } catch (IOException | UncheckedIOException e) {
      LOG.log(Level.WARNING, "cannot list the LWM2M object directory {0}: {1}", directory, e);
      return loadedSignature == null ? "" : loadedSignature;
    }
  }
}
