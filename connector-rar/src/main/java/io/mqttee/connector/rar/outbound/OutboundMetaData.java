// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.outbound;

import jakarta.resource.spi.ManagedConnectionMetaData;

/** What the container may show about the adapter's outbound side. */
public final class OutboundMetaData implements ManagedConnectionMetaData {

  @Override
  public String getEISProductName() {
    return "MQTTee MQTT transport";
  }

  @Override
  public String getEISProductVersion() {
    return "1";
  }

  @Override
  public int getMaxConnections() {
    return 0;
  }

  @Override
  public String getUserName() {
    return "";
  }
}
