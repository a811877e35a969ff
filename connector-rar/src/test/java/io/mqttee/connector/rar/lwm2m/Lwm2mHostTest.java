// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.lwm2m;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.connector.api.ListenerState;
import io.mqttee.connector.api.Lwm2mFailure;
import io.mqttee.connector.api.Lwm2mInboundListener;
import io.mqttee.connector.api.Lwm2mRegistration;
import io.mqttee.connector.rar.tls.DevelopmentCertificate;
import io.mqttee.connector.rar.transport.ListenerAddress;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.local.LocalIoHandler;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.eclipse.leshan.core.node.LwM2mPath;
import org.eclipse.leshan.core.response.LwM2mResponse;
import org.eclipse.leshan.core.response.ObserveResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The LWM2M server's two listeners on real sockets: both start, one stops and starts again without
 * the other, and DTLS starts with an X.509 certificate and key from PEM files.
 */
class Lwm2mHostTest {

  @TempDir Path dir;

  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final EventLoopGroup coapThreads =
      new MultiThreadIoEventLoopGroup(1, threads, LocalIoHandler.newFactory());
  private Lwm2mLanes lanes;
  private Lwm2mHost host;

  @AfterEach
  void stop() throws InterruptedException {
    if (host != null) {
      host.retire();
    }
    if (lanes != null) {
      lanes.close();
    }
    coapThreads.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(2_000);
    threads.shutdownNow();
    threads.awaitTermination(5, TimeUnit.SECONDS);
  }

  @Test
  void stopsAndStartsTheCoapListenerWhileDtlsKeepsRunning() throws Exception {
    host = host(null, null);
    CoapListener coap = host.listeners().get(0);
    CoapListener dtls = host.listeners().get(1);
    coap.start();
    dtls.start();
    int dtlsPort = assertRunning(dtls.state(), "lwm2m-coaps");
    assertRunning(coap.state(), "lwm2m-coap");

    coap.stop();

    assertFalse(coap.state().running());
    assertEquals(dtlsPort, assertRunning(dtls.state(), "lwm2m-coaps"));
    coap.start();
    assertRunning(coap.state(), "lwm2m-coap");
  }

  @Test
  void startsDtlsWithAnX509CertificateAndKeyFromPemFiles() throws Exception {
    Path keystore = DevelopmentCertificate.ensure(dir.resolve("dev.p12"));
    KeyStore store = KeyStore.getInstance("PKCS12");
    char[] password = DevelopmentCertificate.PASSWORD.toCharArray();
    try (InputStream in = Files.newInputStream(keystore)) {
      store.load(in, password);
    }
    String alias = store.aliases().nextElement();
    Path cert = dir.resolve("cert.pem");
    Path key = dir.resolve("key.pem");
    StringBuilder chain = new StringBuilder();
    for (Certificate certificate : store.getCertificateChain(alias)) {
      chain.append(pem("CERTIFICATE", certificate.getEncoded()));
    }
    Files.writeString(cert, chain, StandardCharsets.US_ASCII);
    Files.writeString(
        key,
        pem("PRIVATE KEY", store.getKey(alias, password).getEncoded()),
        StandardCharsets.US_ASCII);

    host = host(cert, key);
    CoapListener dtls = host.listeners().get(1);
    dtls.start();

    assertRunning(dtls.state(), "lwm2m-coaps");
  }

  private Lwm2mHost host(Path cert, Path key) {
    ListenerAddress any = new ListenerAddress("127.0.0.1", 0, null);
    Lwm2mSettings settings = new Lwm2mSettings(any, any, null, null, 1, 86_400, cert, key, null);
    lanes = new Lwm2mLanes(threads, List.of(new IgnoringListener()));
    return new Lwm2mHost(settings, lanes, coapThreads);
  }

  private static int assertRunning(ListenerState state, String type) {
    assertTrue(state.running(), state.toString());
    assertEquals(type, state.type());
    assertTrue(state.port() > 0, state.toString());
    return state.port();
  }

  private static String pem(String type, byte[] der) {
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
  }

  /** No device talks to these servers. */
  private static final class IgnoringListener implements Lwm2mInboundListener {
    @Override
    public void onRegistered(Lwm2mRegistration registration) {}

    @Override
    public void onUpdated(Lwm2mRegistration registration) {}

    @Override
    public void onDeregistered(Lwm2mRegistration registration, boolean expired) {}

    @Override
    public void onResponse(String endpoint, long requestId, LwM2mResponse response) {}

    @Override
    public void onFailure(String endpoint, long requestId, Lwm2mFailure failure, String message) {}

    @Override
    public void onNotification(
        String endpoint, LwM2mPath path, ObserveResponse response, long sequence) {}
  }
}
