// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.api;

import jakarta.resource.Referenceable;
import jakarta.resource.ResourceException;
import java.io.Serializable;

/** The adapter's connection factory through which the broker writes to clients. */
public interface OutboundConnectionFactory extends Serializable, Referenceable {

  OutboundConnection getConnection() throws ResourceException;
}
