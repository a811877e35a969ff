// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.assembly;

import io.mqttee.broker.admin.AccessAdmin;
import io.mqttee.broker.admin.BrokerAdmin;
import io.mqttee.broker.admin.BrokerInfo;
import io.mqttee.broker.admin.ClientAdmin;
import io.mqttee.broker.admin.ListenerAdmin;
import io.mqttee.broker.admin.MetricsAdmin;
import io.mqttee.broker.admin.NodeView;
import io.mqttee.broker.admin.RetainedAdmin;
import io.mqttee.broker.management.BrokerDescription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The administration facade as one CDI bean, for the REST API and the console: the running broker's
 * areas, and the access and listener administration beans when the application has them.
 */
@ApplicationScoped
public class BrokerAdministration implements BrokerAdmin {
  @Inject Broker broker;
  @Inject Instance<AccessAdmin> access;
  @Inject Instance<ListenerAdmin> listeners;

  @Override
  public List<NodeView> nodes() {
    return broker.nodes();
  }

  @Override
  public BrokerInfo info() {
    return BrokerDescription.describe(
        broker.metrics().startedAtMillis(), System.currentTimeMillis());
  }

  @Override
  public ClientAdmin clients() {
    return broker.clientAdministration();
  }

  @Override
  public RetainedAdmin retained() {
    return broker.retainedAdministration();
  }

  @Override
  public AccessAdmin access() {
    return available(access, "access administration");
  }

  @Override
  public ListenerAdmin listeners() {
    return available(listeners, "listener administration");
  }

  @Override
  public MetricsAdmin metrics() {
    return broker.metricsAdministration();
  }

  private static <T> T available(Instance<T> bean, String what) {
    if (!bean.isResolvable()) {
      throw new IllegalStateException(what + " not available");
    }
    return bean.get();
  }
}
