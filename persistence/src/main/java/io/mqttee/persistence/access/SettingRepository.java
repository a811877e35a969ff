// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.access;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads and writes {@link Setting}s in the caller's transaction. */
public class SettingRepository {
  private final EntityManager em;

  public SettingRepository(EntityManager em) {
    this.em = em;
  }

  /** Every stored setting by name. */
  public Map<String, String> findAll() {
    Map<String, String> settings = new LinkedHashMap<>();
    em.createQuery("select s from Setting s order by s.name", Setting.class)
        .getResultList()
        .forEach(s -> settings.put(s.getName(), s.getValue()));
    return settings;
  }

  /** Inserts the setting or replaces its value. */
  public void save(String name, String value) {
    em.merge(new Setting(name, value));
  }
}
