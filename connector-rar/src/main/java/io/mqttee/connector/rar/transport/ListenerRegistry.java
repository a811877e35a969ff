// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.transport;

import io.mqttee.connector.api.ListenerControl;
import io.mqttee.connector.api.ListenerState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The listeners of the running activation, by name, for administrators. One per resource adapter,
 * like {@link ClientChannels}: outbound handles hold it before the listeners exist and after they
 * are gone. What an administrator changes lasts until the adapter is activated again, which binds
 * its configured settings.
 */
public final class ListenerRegistry implements ListenerControl {

  private volatile List<AdapterListener> active = List.of();

  /** The activation's listeners, from now on. */
  public void activate(List<? extends AdapterListener> listeners) {
    active = List.copyOf(listeners);
  }

  /** The activation is stopping: its listeners can no longer be reached. */
  public void deactivate() {
    active = List.of();
  }

  @Override
  public List<ListenerState> listeners() {
    return active.stream().map(AdapterListener::state).toList();
  }

  @Override
  public ListenerState listener(String name) {
    return find(name).state();
  }

  @Override
  public ListenerState start(String name) {
    AdapterListener listener = find(name);
    try {
      listener.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
    return listener.state();
  }

  @Override
  public ListenerState stop(String name) {
    AdapterListener listener = find(name);
    listener.stop();
    return listener.state();
  }

  @Override
  public ListenerState configure(String name, Map<String, String> settings) {
    AdapterListener listener = find(name);
    try {
      listener.configure(settings);
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
    return listener.state();
  }

  private AdapterListener find(String name) {
    List<AdapterListener> listeners = active;
    if (listeners.isEmpty()) {
      throw new NoSuchElementException("no listener " + name + ": the adapter is not activated");
    }
    return listeners.stream()
        .filter(listener -> listener.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new NoSuchElementException(
                    "no listener "
                        + name
                        + "; there are "
                        + listeners.stream().map(AdapterListener::name).toList()));
  }
}
