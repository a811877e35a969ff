// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.store.jpa;

import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;

/**
 * Stands in for Hibernate's JSON-B mapper outside a container: the JSON-B API is on the test class
 * path (from the Jakarta EE API jar) but no provider is, and no entity maps JSON.
 */
public class NoJsonFormatMapper implements FormatMapper {

  @Override
  public <T> T fromString(CharSequence value, JavaType<T> type, WrapperOptions options) {
    throw new UnsupportedOperationException("no entity maps JSON");
  }

  @Override
  public <T> String toString(T value, JavaType<T> type, WrapperOptions options) {
    throw new UnsupportedOperationException("no entity maps JSON");
  }
}
