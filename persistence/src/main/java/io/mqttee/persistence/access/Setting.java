// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A setting an administrator changes while the broker runs, such as whether anonymous clients may
 * connect. The value column is not called {@code value}: that is a keyword of H2.
 */
@Entity
@Table(name = "mqttee_setting")
public class Setting {
  public static final int NAME_LENGTH = 128;
  public static final int VALUE_LENGTH = 4096;

  @Id
  @Column(name = "name", length = NAME_LENGTH)
  private String name;

  @Column(name = "setting_value", length = VALUE_LENGTH, nullable = false)
  private String settingValue;

  protected Setting() {}

  public Setting(String name, String value) {
    this.name = name;
    this.settingValue = value;
  }

  public String getName() {
    return name;
  }

  public String getValue() {
    return settingValue;
  }
}
