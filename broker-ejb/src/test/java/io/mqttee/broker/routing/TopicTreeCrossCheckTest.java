// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mqttee.broker.retained.RetainedMessageTree;
import io.mqttee.broker.store.DiscardingMessageStore;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.QoS;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Compares both topic trees with a literal reading of MQTT section 4.7 on many random filters and
 * topics, so that a walk that misses or doubles a match shows up.
 */
@Tag("unit")
class TopicTreeCrossCheckTest {
  private static final String[] TOPIC_LEVELS = {"a", "b", "", "$s"};
  private static final String[] FILTER_LEVELS = {"a", "b", "", "$s", "+", "+"};
  private static final int CLIENTS = 7;

  private final Random random = new Random(4711);
  private final List<String> filters = randomNames(200, true);
  private final List<String> topics = randomNames(200, false);

  /** MQTT 4.7: '+' is one level, '#' the rest including none; MQTT-4.7.2-1 for '$'. */
  static boolean matches(String filter, String topic) {
    String[] f = filter.split("/", -1);
    String[] t = topic.split("/", -1);
    if (topic.startsWith("$") && (f[0].equals("+") || f[0].equals("#"))) {
      return false;
    }
    for (int i = 0; i < f.length; i++) {
      if (f[i].equals("#")) {
        return true;
      }
      if (i >= t.length || (!f[i].equals("+") && !f[i].equals(t[i]))) {
        return false;
      }
    }
    return f.length == t.length;
  }

  @Test
  void routerDeliversOncePerMatchingSessionAtItsHighestQos() {
    TopicTreeRouter router = new TopicTreeRouter();
    // a client subscribing to the same filter again replaces its subscription
    Map<String, Map<String, QoS>> filtersByClient = new HashMap<>();
    for (int i = 0; i < filters.size(); i++) {
      String client = "c" + i % CLIENTS;
      router.subscribe(new Subscription(client, filters.get(i), QoS.of(i % 3)));
      filtersByClient
          .computeIfAbsent(client, c -> new HashMap<>())
          .put(filters.get(i), QoS.of(i % 3));
    }
    for (String topic : topics) {
      Map<String, QoS> expected = new TreeMap<>();
      filtersByClient.forEach(
          (client, qosByFilter) ->
              qosByFilter.forEach(
                  (filter, qos) -> {
                    if (matches(filter, topic)) {
                      expected.merge(client, qos, (x, y) -> x.value() > y.value() ? x : y);
                    }
                  }));
      RecordingTarget target = new RecordingTarget();
      router.route(topic, target);
      Map<String, QoS> actual = new TreeMap<>();
      for (RecordingTarget.Delivery d : target.deliveries) {
        assertEquals(null, actual.put(d.best().clientId(), d.best().maxQos()), topic);
      }
      assertEquals(expected, actual, topic);
    }
  }

  @Test
  void retainedTreeFindsExactlyTheMatchingTopics() {
    RetainedMessageTree retained =
        new RetainedMessageTree(new DiscardingMessageStore(), 0, Clock.systemUTC());
    for (String topic : topics) {
      retained.apply(
          new Publish(
              topic, QoS.AT_MOST_ONCE, true, false, 0, new byte[] {1}, MqttProperties.EMPTY));
    }
    assertEquals(new TreeSet<>(topics).size(), retained.count());
    for (String filter : filters) {
      Set<String> expected = new TreeSet<>();
      topics.stream().filter(t -> matches(filter, t)).forEach(expected::add);
      Map<String, Integer> seen = new HashMap<>();
      retained.forEachMatching(filter, p -> seen.merge(p.topic(), 1, Integer::sum));
      assertEquals(expected, new TreeSet<>(seen.keySet()), filter);
      seen.values().forEach(n -> assertEquals(1, n, filter));
    }
  }

  private List<String> randomNames(int count, boolean wildcards) {
    List<String> names = new ArrayList<>();
    for (int n = 0; n < count; n++) {
      int depth = 1 + random.nextInt(4);
      StringBuilder name = new StringBuilder();
      for (int level = 0; level < depth; level++) {
        String[] choices = wildcards ? FILTER_LEVELS : TOPIC_LEVELS;
        String next = choices[random.nextInt(choices.length)];
        if (next.startsWith("$") && level > 0) {
          next = "s";
        }
        name.append(level == 0 ? "" : "/").append(next);
      }
      if (wildcards && random.nextInt(4) == 0) {
        name.append(random.nextBoolean() ? "/#" : "");
        if (name.length() == 0 || random.nextInt(8) == 0) {
          name.setLength(0);
          name.append('#');
        }
      }
      names.add(name.toString());
    }
    return names;
  }
}
