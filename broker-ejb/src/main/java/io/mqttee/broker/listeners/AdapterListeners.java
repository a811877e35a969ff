// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.listeners;

import io.mqttee.broker.admin.InvalidInputException;
import io.mqttee.broker.admin.ListenerAdmin;
import io.mqttee.broker.admin.ListenerView;
import io.mqttee.broker.admin.NotFoundException;
import io.mqttee.broker.assembly.Broker;
import io.mqttee.connector.api.ListenerControl;
import io.mqttee.connector.api.ListenerState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * The resource adapter's listeners, through its outbound handle. What an administrator changes here
 * lasts until the adapter is activated again (redeployment, server restart), which binds the
 * configured settings once more, as with the signals of mosquitto or {@code emqx_ctl listeners}.
 */
@ApplicationScoped
public class AdapterListeners implements ListenerAdmin {

  private static final Logger LOG = System.getLogger(AdapterListeners.class.getName());

  private final Supplier<ListenerControl> control;

  /** For the container's proxy only. */
  protected AdapterListeners() {
    this.control = null;
  }

  @Inject
  public AdapterListeners(Broker broker) {
    this(() -> broker.outbound().listeners());
  }

  AdapterListeners(Supplier<ListenerControl> control) {
    this.control = control;
  }

  @Override
  public List<ListenerView> listeners() {
    return control.get().listeners().stream().map(AdapterListeners::view).toList();
  }

  @Override
  public ListenerView listener(String name) {
    return view(call(name, () -> control.get().listener(name)));
  }

  @Override
  public ListenerView start(String name) {
    ListenerView started = view(call(name, () -> control.get().start(name)));
    LOG.log(Level.INFO, "listener {0} started by an administrator", name);
    return started;
  }

  @Override
  public ListenerView stop(String name) {
    ListenerView stopped = view(call(name, () -> control.get().stop(name)));
    LOG.log(Level.INFO, "listener {0} stopped by an administrator", name);
    return stopped;
  }

  @Override
  public ListenerView configure(String name, Map<String, String> settings) {
    if (settings == null) {
      throw new InvalidInputException("no settings for listener " + name);
    }
    ListenerView configured = view(call(name, () -> control.get().configure(name, settings)));
    LOG.log(
        Level.INFO,
        "listener {0} reconfigured by an administrator: {1}",
        name,
        configured.settings());
    return configured;
  }

  /** The adapter's answer, its failures in the terms of the administration API. */
  private static ListenerState call(String name, Supplier<ListenerState> request) {
    if (name == null) {
      throw new NotFoundException("no listener named null");
    }
    try {
      return request.get();
    } catch (NoSuchElementException e) {
      throw new NotFoundException(e.getMessage());
    } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      throw new InvalidInputException(e.getMessage());
    }
  }

  private static ListenerView view(ListenerState state) {
    return new ListenerView(
        state.name(),
        state.type(),
        state.bind(),
        state.port(),
        state.running(),
        state.connections(),
        state.settings());
  }
}
