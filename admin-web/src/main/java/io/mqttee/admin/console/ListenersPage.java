// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.console;

import io.mqttee.broker.admin.BrokerAdmin;
import io.mqttee.broker.admin.ListenerView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The listeners and gateways, as plugins: state, start, stop, settings. */
@Named
@ViewScoped
public class ListenersPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private BrokerAdmin admin;

  private String editing;
  private String settings;

  public List<ListenerView> getListeners() {
    return admin.listeners().listeners();
  }

  public void start(String name) {
    FacesFeedback.INSTANCE.attempt(
        () -> admin.listeners().start(name), "Started the listener " + name + ".");
  }

  public void stop(String name) {
    FacesFeedback.INSTANCE.attempt(
        () -> admin.listeners().stop(name), "Stopped the listener " + name + ".");
  }

  public void edit(String name) {
    FacesFeedback.INSTANCE
        .attempt(() -> admin.listeners().listener(name), null)
        .ifPresent(
            listener -> {
              editing = listener.name();
              settings = SettingsText.format(listener.settings());
            });
  }

  public void save() {
    FacesFeedback.INSTANCE.attempt(
        () -> admin.listeners().configure(editing, SettingsText.parse(settings)),
        "Changed the settings of " + editing + ".");
  }

  public String getEditing() {
    return editing;
  }

  public String getSettings() {
    return settings;
  }

  public void setSettings(String settings) {
    this.settings = settings;
  }
}
