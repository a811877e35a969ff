// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.access;

import java.io.Serializable;
import java.util.Objects;

/** The key of a {@link Ban}: its kind and the banned value. */
public class BanId implements Serializable {
  private static final long serialVersionUID = 1L;

  private String kind;
  private String value;

  protected BanId() {}

  public BanId(String kind, String value) {
    this.kind = kind;
    this.value = value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BanId other
        && Objects.equals(kind, other.kind)
        && Objects.equals(value, other.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, value);
  }
}
