// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.console;

import io.mqttee.broker.admin.BrokerAdmin;
import io.mqttee.broker.admin.ClientQuery;
import io.mqttee.broker.admin.ClientView;
import io.mqttee.broker.admin.SubscriptionView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Connected clients and offline sessions: search, details with subscriptions, kick. */
@Named
@ViewScoped
public class ClientsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private BrokerAdmin admin;

  private String clientIdContains;
  private String username;
  private String ipAddress;
  private String protocol;
  private String state = "";

  private final PagedDataModel<ClientView> clients =
      new PagedDataModel<>(
          page -> admin.clients().clients(query(), page),
          ClientView::clientId,
          FacesFeedback.INSTANCE);

  private ClientView selected;
  private List<SubscriptionView> selectedSubscriptions = List.of();

  ClientQuery query() {
    Boolean connected = state.isEmpty() ? null : Boolean.valueOf("connected".equals(state));
    return new ClientQuery(
        Blanks.toNull(clientIdContains),
        Blanks.toNull(username),
        Blanks.toNull(ipAddress),
        Blanks.toNull(protocol),
        connected);
  }

  public void show(String clientId) {
    selected = admin.clients().client(clientId).orElse(null);
    if (selected == null) {
      FacesFeedback.INSTANCE.error("The client " + clientId + " is gone.");
      selectedSubscriptions = List.of();
      return;
    }
    selectedSubscriptions =
        FacesFeedback.INSTANCE
            .attempt(() -> admin.clients().subscriptions(clientId), null)
            .orElse(List.of());
  }

  public void kick(String clientId) {
    FacesFeedback.INSTANCE.perform(
        () -> admin.clients().kick(clientId), "Disconnected " + clientId + ".");
  }

  public PagedDataModel<ClientView> getClients() {
    return clients;
  }

  public ClientView getSelected() {
    return selected;
  }

  public List<SubscriptionView> getSelectedSubscriptions() {
    return selectedSubscriptions;
  }

  public String getClientIdContains() {
    return clientIdContains;
  }

  public void setClientIdContains(String clientIdContains) {
    this.clientIdContains = clientIdContains;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getIpAddress() {
    return ipAddress;
  }

  public void setIpAddress(String ipAddress) {
    this.ipAddress = ipAddress;
  }

  public String getProtocol() {
    return protocol;
  }

  public void setProtocol(String protocol) {
    this.protocol = protocol;
  }

  /** "" any, "connected" or "offline". */
  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state == null ? "" : state;
  }
}
