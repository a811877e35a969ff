// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar;

import io.mqttee.connector.rar.application.ApplicationActivationSpec;
import io.mqttee.connector.rar.application.Applications;
import io.mqttee.connector.rar.datagram.DatagramKind;
import io.mqttee.connector.rar.datagram.DatagramListeners;
import io.mqttee.connector.rar.datagram.DatagramSettings;
import io.mqttee.connector.rar.inbound.DatagramActivation;
import io.mqttee.connector.rar.inbound.DatagramActivationSpec;
import io.mqttee.connector.rar.inbound.InboundActivation;
import io.mqttee.connector.rar.inbound.Lwm2mActivation;
import io.mqttee.connector.rar.inbound.Lwm2mActivationSpec;
import io.mqttee.connector.rar.lwm2m.Lwm2mServers;
import io.mqttee.connector.rar.lwm2m.Lwm2mSettings;
import io.mqttee.connector.rar.transport.ClientChannels;
import io.mqttee.connector.rar.transport.ListenerRegistry;
import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import javax.transaction.xa.XAResource;

/**
 * The MQTT resource adapter. The broker's message-driven bean activates it once; that activation
 * owns the TCP, TLS and WebSocket listeners. A gateway's bean may activate it alongside, once per
 * datagram listener (MQTT-SN over UDP). Outbound handles reach the open connections through {@link
 * #clients()} and the listeners through {@link #listeners()}. Config properties are declared in
 * ra.xml; system properties override them ({@link AdapterSettings}).
 */
public class MqttResourceAdapter implements ResourceAdapter {

  private final ClientChannels clients = new ClientChannels();
  private final ListenerRegistry listeners = new ListenerRegistry();
  private final DatagramListeners datagrams = new DatagramListeners();
  private final Lwm2mServers lwm2mServers = new Lwm2mServers();
  private final Applications applications = new Applications(clients);
  private Lwm2mActivation lwm2mActivation;
  private final Map<DatagramKind, DatagramActivation> datagramActivations =
      new EnumMap<>(DatagramKind.class);
  private String host;
  private Integer port;
  private Integer maxPacketSize;
  private Integer connectTimeoutSeconds;
  private Integer lanes;
  private String tlsHost;
  private Integer tlsPort;
  private String tlsKeystore;
  private String tlsKeystorePassword;
  private String tlsCert;
  private String tlsKey;
  private String tlsClientAuth;
  private String tlsTruststore;
  private String tlsTruststorePassword;
  private WorkManagerExecutor threads;
  private InboundActivation activation;

  @Override
  public synchronized void start(BootstrapContext context) {
    threads = new WorkManagerExecutor(context);
  }

  @Override
  public synchronized void stop() {
    applications.deactivateAll();
    if (activation != null) {
      activation.stop();
      activation = null;
    }
    datagramActivations.values().forEach(DatagramActivation::stop);
    datagramActivations.clear();
    if (lwm2mActivation != null) {
      lwm2mActivation.stop();
      lwm2mActivation = null;
    }
  }

  @Override
  public synchronized void endpointActivation(MessageEndpointFactory factory, ActivationSpec spec)
      throws ResourceException {
    if (spec instanceof ApplicationActivationSpec application) {
      activateApplication(factory, application);
      return;
    }
    if (spec instanceof DatagramActivationSpec datagram) {
      activateDatagrams(factory, datagram);
      return;
    }
    if (spec instanceof Lwm2mActivationSpec) {
      activateLwm2m(factory);
      return;
    }
    if (activation != null) {
      throw new NotSupportedException(
          "the MQTT listener is already activated by " + factory.getActivationName());
    }
    if (threads == null) {
      throw new ResourceException("endpoint activation before the adapter started");
    }
    AdapterSettings settings = AdapterSettings.resolve(this);
    try {
      activation =
          InboundActivation.start(
              factory,
              settings.lanes(),
              new InboundActivation.Listeners(
                  settings.transport(), settings.tls(), settings.webSocket()),
              threads,
              new InboundActivation.Registries(clients, listeners, applications));
    } catch (RejectedExecutionException e) {
      throw new ResourceException("no thread to activate the MQTT listener on", e);
    }
  }

  /**
   * An application's bean ({@code io.mqttee.api.MqttMessageListener}): any number of them, each
   * with its own subscription and delivery thread.
   */
  private void activateApplication(MessageEndpointFactory factory, ApplicationActivationSpec spec)
      throws ResourceException {
    spec.validate();
    if (threads == null) {
      throw new ResourceException("endpoint activation before the adapter started");
    }
    try {
      applications.activate(factory, spec, threads);
    } catch (RejectedExecutionException e) {
      applications.deactivate(factory);
      throw new ResourceException("no thread for " + factory.getActivationName(), e);
    }
  }

  /**
   * A gateway's bean, alongside the MQTT one: one activation per datagram listener, with lanes of
   * its own, so that either bean can be redeployed without the other.
   */
  private void activateDatagrams(MessageEndpointFactory factory, DatagramActivationSpec spec)
      throws ResourceException {
    spec.validate();
    DatagramKind kind = spec.kind();
    if (datagramActivations.containsKey(kind)) {
      throw new NotSupportedException(
          "the " + kind.listenerName() + " listener is already activated");
    }
    if (threads == null) {
      throw new ResourceException("endpoint activation before the adapter started");
    }
    try {
      DatagramSettings settings = AdapterSettings.datagram(kind);
      int lanes = AdapterSettings.resolve(this).lanes();
      datagramActivations.put(
          kind,
          DatagramActivation.start(
              factory,
              lanes,
              settings,
              threads,
              new DatagramActivation.Registries(listeners, datagrams)));
    } catch (IllegalArgumentException | RejectedExecutionException e) {
      throw new ResourceException(
          "the " + kind.listenerName() + " listener cannot be activated: " + e.getMessage(), e);
    }
  }

  /** The LWM2M gateway's bean: the LWM2M server and its two listeners, with lanes of its own. */
  private void activateLwm2m(MessageEndpointFactory factory) throws ResourceException {
    if (lwm2mActivation != null) {
      throw new NotSupportedException("the LWM2M listener is already activated");
    }
    if (threads == null) {
      throw new ResourceException("endpoint activation before the adapter started");
    }
    try {
      lwm2mActivation =
          Lwm2mActivation.start(
              factory,
              AdapterSettings.resolve(this).lanes(),
              Lwm2mSettings.fromSystemProperties(),
              threads,
              new Lwm2mActivation.Registries(listeners, lwm2mServers));
    } catch (IllegalArgumentException | RejectedExecutionException e) {
      throw new ResourceException("the LWM2M listener cannot be activated: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void endpointDeactivation(
      MessageEndpointFactory factory, ActivationSpec spec) {
    if (applications.deactivate(factory)) {
      return;
    }
    if (activation != null && activation.isFor(factory)) {
      activation.stop();
      activation = null;
    }
    datagramActivations
        .values()
        .removeIf(
            datagram -> {
              if (datagram.isFor(factory)) {
                datagram.stop();
                return true;
              }
              return false;
            });
    if (lwm2mActivation != null && lwm2mActivation.isFor(factory)) {
      lwm2mActivation.stop();
      lwm2mActivation = null;
    }
  }

  @Override
  public XAResource[] getXAResources(ActivationSpec[] specs) {
    return new XAResource[0];
  }

  /**
   * Identity: each instance owns its sockets and registries, so no two are interchangeable. JCA 1.7
   * section 19.4.2 requires the adapter to declare equals and hashCode (WildFly's archive
   * validation refuses the RAR otherwise); the config properties do not make two instances equal.
   */
  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }

  /** The applications' beans and connection factories. */
  public Applications applications() {
    return applications;
  }

  /** The open client connections, for the outbound handles. */
  public ClientChannels clients() {
    return clients;
  }

  /** The listeners of the activations, for the outbound handles. */
  public ListenerRegistry listeners() {
    return listeners;
  }

  /** The datagram listeners of the gateways' activations, for the outbound handles. */
  public DatagramListeners datagrams() {
    return datagrams;
  }

  /** The LWM2M server of the gateway's activation, for the outbound handles. */
  public Lwm2mServers lwm2m() {
    return lwm2mServers;
  }

  public String getHost() {
    return host;
  }

  public void setHost(String host) {
    this.host = host;
  }

  public Integer getPort() {
    return port;
  }

  public void setPort(Integer port) {
    this.port = port;
  }

  public Integer getMaxPacketSize() {
    return maxPacketSize;
  }

  public void setMaxPacketSize(Integer maxPacketSize) {
    this.maxPacketSize = maxPacketSize;
  }

  public Integer getConnectTimeoutSeconds() {
    return connectTimeoutSeconds;
  }

  public void setConnectTimeoutSeconds(Integer connectTimeoutSeconds) {
    this.connectTimeoutSeconds = connectTimeoutSeconds;
  }

  public Integer getLanes() {
    return lanes;
  }

  public void setLanes(Integer lanes) {
    this.lanes = lanes;
  }

  public String getTlsHost() {
    return tlsHost;
  }

  public void setTlsHost(String tlsHost) {
    this.tlsHost = tlsHost;
  }

  public Integer getTlsPort() {
    return tlsPort;
  }

  public void setTlsPort(Integer tlsPort) {
    this.tlsPort = tlsPort;
  }

  public String getTlsKeystore() {
    return tlsKeystore;
  }

  public void setTlsKeystore(String tlsKeystore) {
    this.tlsKeystore = tlsKeystore;
  }

  public String getTlsKeystorePassword() {
    return tlsKeystorePassword;
  }

  public void setTlsKeystorePassword(String tlsKeystorePassword) {
    this.tlsKeystorePassword = tlsKeystorePassword;
  }

  public String getTlsCert() {
    return tlsCert;
  }

  public void setTlsCert(String tlsCert) {
    this.tlsCert = tlsCert;
  }

  public String getTlsKey() {
    return tlsKey;
  }

  public void setTlsKey(String tlsKey) {
    this.tlsKey = tlsKey;
  }

  public String getTlsClientAuth() {
    return tlsClientAuth;
  }

  public void setTlsClientAuth(String tlsClientAuth) {
    this.tlsClientAuth = tlsClientAuth;
  }

  public String getTlsTruststore() {
    return tlsTruststore;
  }

  public void setTlsTruststore(String tlsTruststore) {
    this.tlsTruststore = tlsTruststore;
  }

  public String getTlsTruststorePassword() {
    return tlsTruststorePassword;
  }

  public void setTlsTruststorePassword(String tlsTruststorePassword) {
    this.tlsTruststorePassword = tlsTruststorePassword;
  }
}
