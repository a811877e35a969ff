// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.outbound;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnectionFactory;

/** Used outside a container (JCA non-managed mode): a new managed connection per handle. */
final class UnmanagedConnectionManager implements ConnectionManager {

  @Override
  public Object allocateConnection(ManagedConnectionFactory factory, ConnectionRequestInfo info)
      throws ResourceException {
    return factory.createManagedConnection(null, info).getConnection(null, info);
  }
}
