// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e.support;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import org.eclipse.leshan.client.EndpointsManager;
import org.eclipse.leshan.client.bootstrap.BootstrapHandler;
import org.eclipse.leshan.client.engine.DefaultRegistrationEngineFactory;
import org.eclipse.leshan.client.engine.RegistrationEngine;
import org.eclipse.leshan.client.observer.LwM2mClientObserver;
import org.eclipse.leshan.client.request.LwM2mRequestSender;
import org.eclipse.leshan.client.resource.LwM2mObjectTree;
import org.eclipse.leshan.core.request.ContentFormat;

/**
 * Leshan's registration engine with short timeouts, kept so that a test can send an Update with
 * chosen parameters (the client itself only sends empty ones).
 */
final class Lwm2mEngineFactory extends DefaultRegistrationEngineFactory {

  private RegistrationEngine engine;

  Lwm2mEngineFactory() {
    setRequestTimeoutInMs(10_000);
    setDeregistrationTimeoutInMs(3_000);
  }

  /** The engine of the client built with this factory. */
  RegistrationEngine engine() {
    if (engine == null) {
      throw new IllegalStateException("no client was built with this factory");
    }
    return engine;
  }

  @Override
  public RegistrationEngine createRegistratioEngine(
      String endpoint,
      LwM2mObjectTree objectTree,
      EndpointsManager endpointsManager,
      LwM2mRequestSender requestSender,
      BootstrapHandler bootstrapState,
      LwM2mClientObserver observer,
      Map<String, String> additionalAttributes,
      Map<String, String> bsAdditionalAttributes,
      Set<ContentFormat> supportedContentFormat,
      ScheduledExecutorService sharedExecutor) {
    engine =
        super.createRegistratioEngine(
            endpoint,
            objectTree,
            endpointsManager,
            requestSender,
            bootstrapState,
            observer,
            additionalAttributes,
            bsAdditionalAttributes,
            supportedContentFormat,
            sharedExecutor);
    return engine;
  }
}
