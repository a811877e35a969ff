// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A runtime switch an administrator changed, kept across restarts. */
@Entity
@Table(name = "mqttee_setting")
public class Setting {

  @Id
  @Column(name = "name", length = 128)
  private String name;

  // "value" is a keyword of H2 2
  @Column(name = "setting_value", length = 4096)
  private String value;

  protected Setting() {}

  public Setting(String name, String value) {
    this.name = name;
    this.value = value;
  }

  public String getName() {
    return name;
  }

  public String getValue() {
    return value;
  }
}
