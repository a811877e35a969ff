// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.lwm2m;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.californium.elements.config.Configuration;
import org.eclipse.californium.elements.config.UdpConfig;
import org.eclipse.leshan.client.californium.LeshanClient;
import org.eclipse.leshan.client.californium.LeshanClientBuilder;
import org.eclipse.leshan.client.object.Device;
import org.eclipse.leshan.client.object.Security;
import org.eclipse.leshan.client.object.Server;
import org.eclipse.leshan.client.observer.LwM2mClientObserverAdapter;
import org.eclipse.leshan.client.resource.ObjectsInitializer;
import org.eclipse.leshan.client.servers.ServerIdentity;
import org.eclipse.leshan.core.LwM2mId;
import org.eclipse.leshan.core.ResponseCode;
import org.eclipse.leshan.core.request.RegisterRequest;

/**
 * Many LWM2M devices: Eclipse Leshan clients over plain CoAP, each on its own UDP port with the
 * objects Security, Server and Device, sharing a small pool for their CoAP stacks and another for
 * their registration engines (at most 64 Register requests wait for an answer at once). Counts how
 * many registered and when the last one did.
 */
final class DeviceFleet {

  private static final int SHORT_SERVER_ID = 1;
  private static final long LIFETIME_SECONDS = 600;

  private final List<LeshanClient> clients = new ArrayList<>();
  private final List<String> endpoints = new ArrayList<>();
  private final ScheduledExecutorService coap = Executors.newScheduledThreadPool(4);
  private final ScheduledExecutorService engines = Executors.newScheduledThreadPool(64);
  private final AtomicInteger registered = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();
  private final CountDownLatch outcomes;
  private final AtomicLong lastRegisteredNanos = new AtomicLong();
  private long startedNanos;

  /** What the devices' Register requests came to. */
  record Registrations(int registered, int failed, long elapsedNanos) {

    double perSecond() {
      return elapsedNanos <= 0 ? 0 : registered * 1e9 / elapsedNanos;
    }
  }

  DeviceFleet(InetSocketAddress gateway, String prefix, int count) {
    outcomes = new CountDownLatch(count);
    String serverUri = "coap://" + gateway.getHostString() + ":" + gateway.getPort();
    for (int i = 0; i < count; i++) {
      String endpoint = prefix + i;
      endpoints.add(endpoint);
      clients.add(client(endpoint, serverUri));
    }
  }

  private LeshanClient client(String endpoint, String serverUri) {
    ObjectsInitializer objects = new ObjectsInitializer();
    objects.setInstancesForObject(LwM2mId.SECURITY, Security.noSec(serverUri, SHORT_SERVER_ID));
    objects.setInstancesForObject(LwM2mId.SERVER, new Server(SHORT_SERVER_ID, LIFETIME_SECONDS));
    objects.setInstancesForObject(
        LwM2mId.DEVICE, new Device("MQTTee bench", "lwm2m-bench", endpoint));
    Configuration config = LeshanClientBuilder.createDefaultCoapConfiguration();
    config.set(UdpConfig.UDP_RECEIVER_THREAD_COUNT, 1);
    config.set(UdpConfig.UDP_SENDER_THREAD_COUNT, 1);
    LeshanClientBuilder builder = new LeshanClientBuilder(endpoint);
    builder.setObjects(objects.createAll());
    builder.setCoapConfig(config);
    builder.setRegistrationEngineFactory(new RegistrationEngines(engines, 30_000));
    builder.setSharedExecutor(coap);
    LeshanClient client = builder.build();
    client.addObserver(new Outcome());
    return client;
  }

  List<String> endpoints() {
    return endpoints;
  }

  /** Starts every device; each sends its Register at once. */
  void start() {
    startedNanos = System.nanoTime();
    for (LeshanClient client : clients) {
      client.start();
    }
  }

  /** Waits until every device registered or failed, or {@code timeoutMillis} passed. */
  Registrations awaitRegistered(long timeoutMillis) throws InterruptedException {
    outcomes.await(timeoutMillis, TimeUnit.MILLISECONDS);
    int done = registered.get();
    long last = lastRegisteredNanos.get();
    return new Registrations(done, failed.get(), done == 0 ? 0 : last - startedNanos);
  }

  /** De-registers the devices, a few at a time, and stops them. */
  void stop() throws InterruptedException {
    ExecutorService stoppers = Executors.newFixedThreadPool(16);
    for (LeshanClient client : clients) {
      stoppers.execute(() -> client.destroy(true));
    }
    stoppers.shutdown();
    stoppers.awaitTermination(2, TimeUnit.MINUTES);
    engines.shutdownNow();
    coap.shutdownNow();
  }

  /** Counts one device's first Register outcome. */
  private final class Outcome extends LwM2mClientObserverAdapter {
    private final AtomicBoolean counted = new AtomicBoolean();

    @Override
    public void onRegistrationSuccess(
        ServerIdentity server, RegisterRequest request, String registrationId) {
      if (counted.compareAndSet(false, true)) {
        lastRegisteredNanos.accumulateAndGet(System.nanoTime(), Math::max);
        registered.incrementAndGet();
        outcomes.countDown();
      }
    }

    @Override
    public void onRegistrationFailure(
        ServerIdentity server,
        RegisterRequest request,
        ResponseCode code,
        String message,
        Exception cause) {
      fail();
    }

    @Override
    public void onRegistrationTimeout(ServerIdentity server, RegisterRequest request) {
      fail();
    }

    private void fail() {
      if (counted.compareAndSet(false, true)) {
        failed.incrementAndGet();
        outcomes.countDown();
      }
    }
  }
}
