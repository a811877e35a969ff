// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.outbound;

/**
 * A pooled connection to the adapter's client registry. It holds no socket: the client connections
 * belong to the transport, so pooling, cleanup and destroy only track handles.
 */
final class MqttManagedConnection extends HandleTrackingConnection<MqttConnectionHandle> {

  private final AdapterRegistries registries;

  MqttManagedConnection(AdapterRegistries registries) {
    super(MqttConnectionHandle.class, "the MQTT adapter is not transactional");
    this.registries = registries;
  }

  @Override
  protected MqttConnectionHandle newHandle() {
    return new MqttConnectionHandle(registries, this);
  }

  @Override
  protected void attach(MqttConnectionHandle handle) {
    handle.reassign(this);
  }

  @Override
  protected void detach(MqttConnectionHandle handle) {
    handle.detach();
  }
}
