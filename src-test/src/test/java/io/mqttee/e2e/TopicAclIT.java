// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mqttee.e2e.support.Broker;
import io.mqttee.e2e.support.PahoClient;
import io.mqttee.e2e.support.Received;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The topic ACL of the test domain ({@code src/test/resources/e2e.acl}) on real clients. */
class TopicAclIT extends DeployedBroker {

  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final Duration QUIET = Duration.ofSeconds(1);

  @Test
  void refusesASubscriptionTheAclDeniesWith0x80() throws Exception {
    // MQTT-3.9.3-2: 0x80 for the refused filter only
    try (PahoClient client = PahoClient.connect(Broker.clientId("acl-sub"))) {
      assertEquals(0x80, client.subscribe("test/nosubscribe", 1));
      assertEquals(1, client.subscribe(Broker.topicRoot("acl") + "/open", 1));
    }
  }

  @Test
  void dropsPublishesTheAclDeniesAndAllowsThemForTheNamedUser() throws Exception {
    String root = Broker.topicRoot("acl");
    try (PahoClient subscriber = PahoClient.connect(Broker.clientId("acl-watch"));
        PahoClient anonymous = PahoClient.connect(Broker.clientId("acl-anon"));
        PahoClient alice =
            PahoClient.connect(
                Broker.clientId("acl-alice"),
                o -> {
                  o.setUserName("alice");
                  o.setPassword("secret".toCharArray());
                })) {
      subscriber.subscribe(root + "/#", 1);

      anonymous.publish(root + "/locked/a", "never", 1, false); // PUBACKed all the same (3.1.1)
      anonymous.publish(root + "/gateway/a", "not anonymous", 1, false);
      alice.publish(root + "/gateway/a", "from alice", 1, false);
      anonymous.publish(root + "/open/a", "open", 1, false);

      List<String> texts = subscriber.next(2, WAIT).stream().map(Received::text).toList();
      assertEquals(List.of("from alice", "open"), texts);
      assertEquals(List.of(), subscriber.drainUntilMarker(QUIET, root + "/open/marker"));
    }
  }
}
