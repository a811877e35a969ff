// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.console;

import io.mqttee.broker.admin.BrokerAdmin;
import io.mqttee.broker.admin.SubscriptionQuery;
import io.mqttee.broker.admin.SubscriptionView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Every session's subscriptions: filter, subscribe a session to a filter, unsubscribe. */
@Named
@ViewScoped
public class SubscriptionsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private BrokerAdmin admin;

  private String clientId;
  private String topicFilter;
  private Integer qos;

  private String newClientId;
  private String newTopicFilter;
  private int newQos;

  private final PagedDataModel<SubscriptionView> subscriptions =
      new PagedDataModel<>(
          page ->
              admin
                  .clients()
                  .subscriptions(
                      new SubscriptionQuery(
                          Blanks.toNull(clientId), Blanks.toNull(topicFilter), qos),
                      page),
          subscription -> subscription.clientId() + "\n" + subscription.topicFilter(),
          FacesFeedback.INSTANCE);

  public void subscribe() {
    FacesFeedback.INSTANCE.attempt(
        () -> admin.clients().subscribe(Blanks.toNull(newClientId), newTopicFilter, newQos),
        "Subscribed " + newClientId + " to " + newTopicFilter + ".");
  }

  public void unsubscribe(String client, String filter) {
    FacesFeedback.INSTANCE
        .attempt(() -> admin.clients().unsubscribe(client, filter), null)
        .ifPresent(
            removed -> {
              if (removed) {
                FacesFeedback.INSTANCE.info("Unsubscribed " + client + " from " + filter + ".");
              } else {
                FacesFeedback.INSTANCE.error(client + " has no subscription to " + filter + ".");
              }
            });
  }

  public PagedDataModel<SubscriptionView> getSubscriptions() {
    return subscriptions;
  }

  public String getClientId() {
    return clientId;
  }

  public void setClientId(String clientId) {
    this.clientId = clientId;
  }

  public String getTopicFilter() {
    return topicFilter;
  }

  public void setTopicFilter(String topicFilter) {
    this.topicFilter = topicFilter;
  }

  public Integer getQos() {
    return qos;
  }

  public void setQos(Integer qos) {
    this.qos = qos;
  }

  public String getNewClientId() {
    return newClientId;
  }

  public void setNewClientId(String newClientId) {
    this.newClientId = newClientId;
  }

  public String getNewTopicFilter() {
    return newTopicFilter;
  }

  public void setNewTopicFilter(String newTopicFilter) {
    this.newTopicFilter = newTopicFilter;
  }

  public int getNewQos() {
    return newQos;
  }

  public void setNewQos(int newQos) {
    this.newQos = newQos;
  }
}
