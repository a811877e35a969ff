// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.leshan.client.RegistrationUpdate;
import org.eclipse.leshan.client.californium.LeshanClient;
import org.eclipse.leshan.client.californium.LeshanClientBuilder;
import org.eclipse.leshan.client.object.Security;
import org.eclipse.leshan.client.object.Server;
import org.eclipse.leshan.client.resource.LwM2mInstanceEnabler;
import org.eclipse.leshan.client.resource.ObjectsInitializer;
import org.eclipse.leshan.client.resource.SimpleInstanceEnabler;
import org.eclipse.leshan.client.util.LinkFormatHelper;
import org.eclipse.leshan.core.LwM2mId;
import org.eclipse.leshan.core.link.Link;

/**
 * A real LWM2M device: Eclipse Leshan's client with the objects Security, Server, Device ({@link
 * Lwm2mDeviceObject}, values under the test's control) and Location (instances created by the
 * server), plus any object the test adds, registering with the gateway under test over CoAP or DTLS
 * with a pre-shared key, from a free local UDP port.
 */
public final class Lwm2mDevice implements AutoCloseable {

  public static final int SHORT_SERVER_ID = 123;
  public static final long DEFAULT_LIFETIME = 300;
  private static final Duration WAIT = Duration.ofSeconds(20);

  private final String endpoint;
  private final LeshanClient client;
  private final Lwm2mDeviceObject device;
  private final BlockingQueue<WrittenAttributes> writtenAttributes = new LinkedBlockingQueue<>();
  private final Lwm2mClientEvents events = new Lwm2mClientEvents();
  private final Lwm2mEngineFactory engines = new Lwm2mEngineFactory();

  /** A Write-Attributes the device received: the target path and the attributes by name. */
  public record WrittenAttributes(String path, Map<String, Object> attributes) {}

  private Lwm2mDevice(Builder builder) {
    this.endpoint = builder.endpoint;
    this.device = new Lwm2mDeviceObject(endpoint);
    ObjectsInitializer objects =
        new Lwm2mObjects(Lwm2mObjects.models(builder.ddfResources), writtenAttributes);
    objects.setInstancesForObject(LwM2mId.SECURITY, builder.security());
    objects.setInstancesForObject(
        LwM2mId.SERVER, new Server(SHORT_SERVER_ID, builder.lifetimeSeconds));
    objects.setInstancesForObject(LwM2mId.DEVICE, device);
    objects.setClassForObject(LwM2mId.LOCATION, SimpleInstanceEnabler.class);
    builder.extraObjects.forEach(objects::setInstancesForObject);
    LeshanClientBuilder leshan = new LeshanClientBuilder(endpoint);
    leshan.setLocalAddress(Broker.host(), freeUdpPort());
    leshan.setObjects(objects.createAll());
    leshan.setRegistrationEngineFactory(engines);
    this.client = leshan.build();
    client.addObserver(events);
  }

  /** A device registering over plain CoAP with the gateway's "lwm2m" listener. */
  public static Builder overCoap(String endpoint) {
    return new Builder(endpoint, "coap://" + Broker.host() + ":" + Broker.lwm2mPort());
  }

  /** A device registering over DTLS with {@code identity} and {@code key} (PSK). */
  public static Builder overDtls(String endpoint, String identity, byte[] key) {
    Builder builder =
        new Builder(endpoint, "coaps://" + Broker.host() + ":" + Broker.lwm2mDtlsPort());
    builder.pskIdentity = identity;
    builder.pskKey = key.clone();
    return builder;
  }

  /**
   * A device registering over DTLS with an X.509 certificate and key, which trusts the server's
   * certificate {@code credentials.lwm2mServer()} (Certificate Usage 3, domain-issued).
   */
  public static Builder overDtls(String endpoint, TestTls.DeviceCredentials credentials) {
    Builder builder =
        new Builder(endpoint, "coaps://" + Broker.host() + ":" + Broker.lwm2mDtlsPort());
    builder.certificate = credentials;
    return builder;
  }

  public String endpoint() {
    return endpoint;
  }

  /** The Device object instance /3/0. */
  public Lwm2mDeviceObject deviceObject() {
    return device;
  }

  /** Starts the device: it registers (again, from scratch, after a {@link #stop}). */
  public Lwm2mDevice start() {
    client.start();
    return this;
  }

  /** Starts the device and waits until the gateway accepted its Register. */
  public Lwm2mDevice startRegistered() throws InterruptedException {
    start();
    events.awaitRegistered(WAIT);
    return this;
  }

  /** Waits until the gateway accepted a Register. */
  public void awaitRegistered() throws InterruptedException {
    events.awaitRegistered(WAIT);
  }

  /**
   * Waits until a Register failed: the CoAP code, or null when no answer or the handshake failed.
   */
  public Lwm2mClientEvents.Outcome awaitRegistrationRefused() throws InterruptedException {
    return events.awaitRefused(WAIT);
  }

  /**
   * Sends an Update with the device's current objects and instances (OMA LWM2M 1.1 Core, 6.2.2) and
   * waits until the gateway accepted it.
   */
  public void updateObjects() throws InterruptedException {
    Link[] links =
        LinkFormatHelper.getClientDescription(
            client.getObjectTree().getObjectEnablers().values(), null, null);
    update(new RegistrationUpdate(links));
  }

  /** Sends an Update that carries only a new lifetime, and waits until the gateway accepted it. */
  public void updateLifetime(long seconds) throws InterruptedException {
    update(new RegistrationUpdate(seconds));
  }

  /** Sends an Update with only a new lifetime, and waits until the gateway refused it. */
  public Lwm2mClientEvents.Outcome updateLifetimeRefused(long seconds) throws InterruptedException {
    engines.engine().triggerRegistrationUpdate(new RegistrationUpdate(seconds));
    return events.awaitUpdateRefused(WAIT);
  }

  /** Waits until the gateway accepted an Update that the device sent by itself. */
  public void awaitUpdated() throws InterruptedException {
    events.awaitUpdated(WAIT);
  }

  private void update(RegistrationUpdate update) throws InterruptedException {
    engines.engine().triggerRegistrationUpdate(update);
    events.awaitUpdated(WAIT);
  }

  /**
   * Stops the device's CoAP endpoint. With {@code deregister} it first sends De-register; without,
   * it goes silent: requests to it get no answer and its registration stays until it expires.
   */
  public void stop(boolean deregister) {
    client.stop(deregister);
  }

  /** The next Write-Attributes the device received, or null when none came within {@code wait}. */
  public WrittenAttributes nextWrittenAttributes(Duration wait) throws InterruptedException {
    return writtenAttributes.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** De-registers if it is registered and running, then releases the client's threads and port. */
  @Override
  public void close() {
    client.destroy(true);
  }

  private static int freeUdpPort() {
    try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(Broker.host(), 0))) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the device is, before it starts. */
  public static final class Builder {
    private final String endpoint;
    private final String serverUri;
    private final List<String> ddfResources = new ArrayList<>();
    private final Map<Integer, LwM2mInstanceEnabler> extraObjects = new LinkedHashMap<>();
    private long lifetimeSeconds = DEFAULT_LIFETIME;
    private String pskIdentity;
    private byte[] pskKey;
    private TestTls.DeviceCredentials certificate;

    private Builder(String endpoint, String serverUri) {
      this.endpoint = endpoint;
      this.serverUri = serverUri;
    }

    public String endpoint() {
      return endpoint;
    }

    /** The lifetime the device registers with ({@code lt}), Server object resource /1/0/1. */
    public Builder lifetime(long seconds) {
      this.lifetimeSeconds = seconds;
      return this;
    }

    /** An object defined by the DDF test resource {@code ddfResource}, with one instance. */
    public Builder withObject(String ddfResource, int objectId, LwM2mInstanceEnabler instance) {
      ddfResources.add(ddfResource);
      extraObjects.put(objectId, instance);
      return this;
    }

    public Lwm2mDevice build() {
      return new Lwm2mDevice(this);
    }

    /** Builds and starts the device, without waiting for the outcome of its Register. */
    public Lwm2mDevice start() {
      return build().start();
    }

    /** Builds and starts the device, and waits until the gateway accepted its Register. */
    public Lwm2mDevice startRegistered() throws InterruptedException {
      Lwm2mDevice device = build();
      try {
        return device.startRegistered();
      } catch (InterruptedException | RuntimeException | Error e) {
        device.close();
        throw e;
      }
    }

    private Security security() {
      if (certificate != null) {
        try {
          return Security.x509(
              serverUri,
              SHORT_SERVER_ID,
              certificate.certificate().getEncoded(),
              certificate.key().getEncoded(),
              certificate.lwm2mServer().getEncoded());
        } catch (CertificateEncodingException e) {
          throw new IllegalStateException(e);
        }
      }
      if (pskIdentity == null) {
        return Security.noSec(serverUri, SHORT_SERVER_ID);
      }
      return Security.psk(
          serverUri, SHORT_SERVER_ID, pskIdentity.getBytes(StandardCharsets.UTF_8), pskKey);
    }
  }
}
