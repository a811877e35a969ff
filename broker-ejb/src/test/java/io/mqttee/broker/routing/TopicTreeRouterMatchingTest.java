// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mqttee.protocol.packet.QoS;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("unit")
class TopicTreeRouterMatchingTest {

  private static List<String> route(String filter, String topic) {
    TopicTreeRouter router = new TopicTreeRouter();
    router.subscribe(new Subscription("c", filter, QoS.AT_MOST_ONCE));
    RecordingTarget target = new RecordingTarget();
    router.route(topic, target);
    return target.clients();
  }

  // The examples of MQTT 3.1.1 section 4.7 and MQTT 5 section 4.7, including MQTT-4.7.2-1.
  @ParameterizedTest(name = "{0} matches {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "sport/tennis/player1/#       | sport/tennis/player1                    | true",
        "sport/tennis/player1/#       | sport/tennis/player1/ranking            | true",
        "sport/tennis/player1/#       | sport/tennis/player1/score/wimbledon    | true",
        "sport/#                      | sport                                   | true",
        "#                            | sport/tennis                            | true",
        "#                            | /                                       | true",
        "sport/tennis/#               | sport/tennis                            | true",
        "sport/tennis/#               | sport/tennisx                           | false",
        "sport/tennis/+               | sport/tennis/player1                    | true",
        "sport/tennis/+               | sport/tennis/player1/ranking            | false",
        "sport/+                      | sport                                   | false",
        "sport/+                      | sport/                                  | true",
        "sport/+                      | sport/tennis/player1                    | false",
        "+/+                          | /finance                                | true",
        "/+                           | /finance                                | true",
        "+                            | /finance                                | false",
        "+/tennis/#                   | sport/tennis/player1                    | true",
        "a//b                         | a//b                                    | true",
        "a/+/b                        | a//b                                    | true",
        "a/b                          | a/b/c                                   | false",
        "a/b/c                        | a/b                                     | false",
        "#                            | $SYS/monitor/Clients                    | false",
        "+/monitor/Clients            | $SYS/monitor/Clients                    | false",
        "$SYS/#                       | $SYS/monitor/Clients                    | true",
        "$SYS/monitor/+               | $SYS/monitor/Clients                    | true",
        "$SYS/monitor/Clients         | $SYS/monitor/Clients                    | true",
        "+                            | $SYS                                    | false",
      })
  void matchesLikeTheSpecificationExamples(String filter, String topic, boolean matches) {
    assertEquals(matches ? List.of("c") : List.of(), route(filter, topic));
  }

  @Test
  void topicLevelsAreCaseSensitive() {
    assertEquals(List.of(), route("Sport/tennis", "sport/tennis"));
  }

  @Test
  void wildcardBelowFirstLevelMatchesDollarInLaterLevel() {
    assertEquals(List.of("c"), route("a/+", "a/$b"));
  }
}
