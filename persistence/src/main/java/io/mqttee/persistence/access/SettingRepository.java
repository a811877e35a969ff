// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.access;

import jakarta.persistence.EntityManager;
import java.util.Optional;

/** Reads and writes {@link Setting}s in the caller's transaction. */
public class SettingRepository {
  private final EntityManager em;

  public SettingRepository(EntityManager em) {
    this.em = em;
  }

  public Optional<String> find(String name) {
    Setting setting = em.find(Setting.class, name);
    return setting == null ? Optional.empty() : Optional.ofNullable(setting.getValue());
  }

  public void save(String name, String value) {
    em.merge(new Setting(name, value));
  }
}
