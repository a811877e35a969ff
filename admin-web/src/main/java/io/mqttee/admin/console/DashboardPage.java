// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.console;

import io.mqttee.broker.admin.BrokerAdmin;
import io.mqttee.broker.admin.BrokerInfo;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The dashboard: the figures now, and the recent samples the live charts start from. */
@Named
@RequestScoped
public class DashboardPage {

  @Inject private BrokerAdmin admin;

  private DashboardFigures now;
  private BrokerInfo info;

  @PostConstruct
  void read() {
    now = DashboardFigures.of(admin.metrics().now());
    info = admin.info();
  }

  public DashboardFigures getNow() {
    return now;
  }

  public BrokerInfo getInfo() {
    return info;
  }

  /** JSON, read by the dashboard's script from an attribute (Faces escapes it there). */
  public String getRecentJson() {
    return DashboardFigures.json(admin.metrics().recent());
  }
}
