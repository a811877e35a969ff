// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.listeners;

import io.mqttee.connector.api.ListenerControl;
import io.mqttee.connector.api.ListenerState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Listeners kept in memory, failing the way the adapter does: unknown names, unknown settings, a
 * port some other process holds.
 */
final class FakeListenerControl implements ListenerControl {

  private final Map<String, ListenerState> states = new LinkedHashMap<>();
  private int takenPort = -1;
  private boolean stopping;

  void add(ListenerState state) {
    states.put(state.name(), state);
  }

  /** Binding this port fails as if another process held it. */
  void takePort(int port) {
    takenPort = port;
  }

  /** Every call fails as while the adapter stops its listeners. */
  void stopping() {
    stopping = true;
  }

  @Override
  public List<ListenerState> listeners() {
    return new ArrayList<>(states.values());
  }

  @Override
  public ListenerState listener(String name) {
    return find(name);
  }

  @Override
  public ListenerState start(String name) {
    ListenerState state = find(name);
    if (state.port() == takenPort) {
      throw new UncheckedIOException(
          "cannot listen on " + state.bind() + ":" + takenPort + ": Address already in use",
          new IOException("Address already in use"));
    }
    return replace(state, state.port(), true, state.settings());
  }

  @Override
  public ListenerState stop(String name) {
    ListenerState state = find(name);
    return replace(state, state.port(), false, state.settings());
  }

  @Override
  public ListenerState configure(String name, Map<String, String> changes) {
    ListenerState state = find(name);
    for (String key : changes.keySet()) {
      if (!state.settings().containsKey(key)) {
        throw new IllegalArgumentException("unknown listener setting " + key);
      }
    }
    Map<String, String> settings = new LinkedHashMap<>(state.settings());
    settings.putAll(changes);
    return replace(state, Integer.parseInt(settings.get("port")), state.running(), settings);
  }

  private ListenerState find(String name) {
    if (stopping) {
      throw new IllegalStateException("the adapter is stopping its listeners");
    }
    ListenerState state = states.get(name);
    if (state == null) {
      throw new NoSuchElementException("no listener " + name + "; there are " + states.keySet());
    }
    return state;
  }

  private ListenerState replace(
      ListenerState old, int port, boolean running, Map<String, String> settings) {
    ListenerState next =
        new ListenerState(
            old.name(),
            old.type(),
            settings.get("bind"),
            port,
            running,
            running ? old.connections() : 0,
            settings);
    states.put(next.name(), next);
    return next;
  }
}
