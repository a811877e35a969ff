// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.broker.admin.MqttUserView;
import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class RecordELResolverTest {

  private final RecordELResolver resolver = new RecordELResolver();
  private final MqttUserView alice = new MqttUserView("alice", true, 42);

  @Test
  void readsARecordComponentAsAProperty() {
    ELContext context = new BareELContext(resolver);

    assertEquals("alice", resolver.getValue(context, alice, "username"));
    assertTrue(context.isPropertyResolved());
    assertEquals(Boolean.TRUE, resolver.getValue(new BareELContext(resolver), alice, "superuser"));
  }

  @Test
  void leavesOtherPropertiesAndObjectsToTheNextResolver() {
    ELContext context = new BareELContext(resolver);

    assertNull(resolver.getValue(context, alice, "password"));
    assertNull(resolver.getValue(context, "not a record", "length"));
    assertNull(resolver.getValue(context, null, "alice"));
    assertFalse(context.isPropertyResolved());
  }

  @Test
  void treatsRecordsAsReadOnly() {
    ELContext context = new BareELContext(resolver);

    assertTrue(resolver.isReadOnly(context, alice, "username"));
    assertThrows(
        PropertyNotWritableException.class,
        () -> resolver.setValue(context, alice, "username", "bob"));
  }

  /** The least an expression context needs. */
  private static final class BareELContext extends ELContext {
    private final ELResolver resolver;

    BareELContext(ELResolver resolver) {
      this.resolver = resolver;
    }

    @Override
    public ELResolver getELResolver() {
      return resolver;
    }

    @Override
    public FunctionMapper getFunctionMapper() {
      return null;
    }

    @Override
    public VariableMapper getVariableMapper() {
      return null;
    }
  }
}
