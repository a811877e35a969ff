// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.inbound;

import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.ResourceAdapter;

/** What every activation spec of the adapter has: the adapter it belongs to. */
public abstract class AdapterActivationSpec implements ActivationSpec {

  private ResourceAdapter resourceAdapter;

  @Override
  public ResourceAdapter getResourceAdapter() {
    return resourceAdapter;
  }

  @Override
  public void setResourceAdapter(ResourceAdapter resourceAdapter) {
    this.resourceAdapter = resourceAdapter;
  }
}
