// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.console;

import io.mqttee.broker.admin.BrokerAdmin;
import io.mqttee.broker.admin.RouteView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The routes: topic filters with subscribers on this node. */
@Named
@ViewScoped
public class TopicsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private BrokerAdmin admin;

  private String topicFilter;

  private final PagedDataModel<RouteView> routes =
      new PagedDataModel<>(
          page -> admin.clients().routes(Blanks.toNull(topicFilter), page),
          route -> route.node() + "\n" + route.topicFilter(),
          FacesFeedback.INSTANCE);

  public PagedDataModel<RouteView> getRoutes() {
    return routes;
  }

  public String getTopicFilter() {
    return topicFilter;
  }

  public void setTopicFilter(String topicFilter) {
    this.topicFilter = topicFilter;
  }
}
