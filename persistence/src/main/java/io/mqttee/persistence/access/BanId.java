// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.access;

import java.io.Serializable;
import java.util.Objects;

/** The key of a {@link Ban}: what kind of value is banned, and the value. */
public class BanId implements Serializable {
  private static final long serialVersionUID = 1L;

  private String kind;
  private String banValue;

  protected BanId() {}

  public BanId(String kind, String banValue) {
    this.kind = kind;
    this.banValue = banValue;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BanId other
        && Objects.equals(kind, other.kind)
        && Objects.equals(banValue, other.banValue);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, banValue);
  }
}
