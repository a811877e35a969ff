// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.inbound;

import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.ResourceAdapter;

/**
 * The activation spec of the broker's message-driven bean. It has no properties: the adapter's
 * config properties say where to listen, and one bean receives every connection.
 */
public class MqttActivationSpec implements ActivationSpec {

  private ResourceAdapter resourceAdapter;

  @Override
  public void validate() {
    // Nothing to check: there are no properties.
  }

  @Override
  public ResourceAdapter getResourceAdapter() {
    return resourceAdapter;
  }

  @Override
  public void setResourceAdapter(ResourceAdapter resourceAdapter) {
    this.resourceAdapter = resourceAdapter;
  }
}
