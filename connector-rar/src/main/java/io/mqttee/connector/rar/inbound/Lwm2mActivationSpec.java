// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.inbound;

import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.ResourceAdapter;

/**
 * The activation spec of the LWM2M gateway's message-driven bean ({@code Lwm2mInboundListener}). It
 * has no properties: the system properties {@code mqttee.lwm2m.*} configure the server.
 */
public class Lwm2mActivationSpec implements ActivationSpec {

  private ResourceAdapter resourceAdapter;

  @Override
  public void validate() {
    // nothing to check: the settings are the adapter's
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
