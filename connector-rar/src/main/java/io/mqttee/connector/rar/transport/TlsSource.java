// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.transport;

import io.netty.handler.ssl.SslContext;
import java.io.IOException;

/**
 * The TLS context of the secure listeners, built when the first of them starts and kept once built,
 * so a listener disabled in the configuration reads no key material until it is started.
 */
public final class TlsSource {

  /** Builds the context from the configured key material. */
  @FunctionalInterface
  public interface Factory {
    SslContext create() throws IOException;
  }

  private final Factory factory;
  private SslContext context;

  private TlsSource(Factory factory) {
    this.factory = factory;
  }

  /** A source that builds the context on first use; a failed attempt is tried again next time. */
  public static TlsSource lazy(Factory factory) {
    return new TlsSource(factory);
  }

  /** A source of a context built already. */
  public static TlsSource of(SslContext context) {
    return new TlsSource(() -> context);
  }

  synchronized SslContext get() throws IOException {
    if (context == null) {
      context = factory.create();
    }
    return context;
  }
}
