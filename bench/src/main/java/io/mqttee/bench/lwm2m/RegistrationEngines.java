// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.lwm2m;

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
 * Leshan's registration engines on a pool of their own. An engine waits for the answer to its
 * Register on its thread; sharing the pool of the CoAP stack, which must run to deliver that
 * answer, would stall every device once all threads wait (californium issue 1203).
 */
final class RegistrationEngines extends DefaultRegistrationEngineFactory {

  private final ScheduledExecutorService engines;

  RegistrationEngines(ScheduledExecutorService engines, long requestTimeoutMillis) {
    this.engines = engines;
    setRequestTimeoutInMs(requestTimeoutMillis);
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
      ScheduledExecutorService coapExecutor) {
    return super.createRegistratioEngine(
        endpoint,
        objectTree,
        endpointsManager,
        requestSender,
        bootstrapState,
        observer,
        additionalAttributes,
        bsAdditionalAttributes,
        supportedContentFormat,
        engines);
  }
}
