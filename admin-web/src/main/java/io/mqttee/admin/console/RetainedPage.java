// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.console;

import io.mqttee.broker.admin.BrokerAdmin;
import io.mqttee.broker.admin.RetainedView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Retained messages: list by topic filter, view a payload, delete one or all. */
@Named
@ViewScoped
public class RetainedPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private BrokerAdmin admin;

  private String topicFilter;

  private final PagedDataModel<RetainedView> messages =
      new PagedDataModel<>(
          page -> admin.retained().messages(Blanks.toNull(topicFilter), page),
          RetainedView::topic,
          FacesFeedback.INSTANCE);

  private RetainedView selected;

  public void show(String topic) {
    selected = admin.retained().message(topic).orElse(null);
    if (selected == null) {
      FacesFeedback.INSTANCE.error("No retained message on " + topic + " any more.");
    }
  }

  public void delete(String topic) {
    if (admin.retained().delete(topic)) {
      FacesFeedback.INSTANCE.info("Deleted the retained message on " + topic + ".");
    } else {
      FacesFeedback.INSTANCE.error("No retained message on " + topic + ".");
    }
  }

  public void deleteAll() {
    int deleted = admin.retained().deleteAll();
    FacesFeedback.INSTANCE.info("Deleted " + deleted + " retained messages.");
  }

  public PagedDataModel<RetainedView> getMessages() {
    return messages;
  }

  public RetainedView getSelected() {
    return selected;
  }

  public String getTopicFilter() {
    return topicFilter;
  }

  public void setTopicFilter(String topicFilter) {
    this.topicFilter = topicFilter;
  }
}
