// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.management;

import io.mqttee.broker.admin.InvalidInputException;
import io.mqttee.broker.admin.Page;
import io.mqttee.broker.admin.PageRequest;
import io.mqttee.broker.admin.RetainedAdmin;
import io.mqttee.broker.admin.RetainedView;
import io.mqttee.broker.publish.PublishService;
import io.mqttee.broker.retained.RetainedMessageTree;
import io.mqttee.broker.store.StoreSnapshot.RetainedEntry;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.QoS;
import io.mqttee.protocol.topic.TopicFilters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Retained messages, read from the retained tree without its writers' locks. A deletion is the
 * change an empty retained PUBLISH makes (MQTT-3.3.1-10), so the store forgets the message too;
 * unlike a client's, it sends nothing to subscribers.
 */
public final class RetainedAdministration implements RetainedAdmin {
  private static final String SYS = "$SYS/";

  private final RetainedMessageTree retained;
  private final PublishService publisher;

  /**
   * @param publisher applies deletions on every node of a cluster
   */
  public RetainedAdministration(RetainedMessageTree retained, PublishService publisher) {
    this.retained = retained;
    this.publisher = publisher;
  }

  /**
   * @param topicFilterOrNull null lists every message, {@code $SYS/} ones included; a filter
   *     matches as a subscription's would, so {@code #} leaves out {@code $} topics (MQTT-4.7.2-1)
   */
  @Override
  public Page<RetainedView> messages(String topicFilterOrNull, PageRequest page) {
    if (topicFilterOrNull != null
        && (!TopicFilters.isValid(topicFilterOrNull)
            || TopicFilters.parseShared(topicFilterOrNull) != null)) {
      throw new InvalidInputException("not a valid topic filter: " + topicFilterOrNull);
    }
    List<RetainedView> found = new ArrayList<>();
    retained.forEach(
        entry -> {
          String topic = entry.message().topic();
          if (topicFilterOrNull == null || TopicFilters.matches(topicFilterOrNull, topic)) {
            found.add(view(entry));
          }
        });
    found.sort(Comparator.comparing(RetainedView::topic));
    return Page.of(found, page);
  }

  @Override
  public Optional<RetainedView> message(String topic) {
    return Optional.ofNullable(topic == null ? null : retained.get(topic))
        .map(RetainedAdministration::view);
  }

  @Override
  public boolean delete(String topic) {
    if (topic == null || retained.get(topic) == null) {
      return false;
    }
    clear(topic);
    return true;
  }

  /** Deletes every retained message but the broker's own {@code $SYS/} ones, which it keeps up. */
  @Override
  public int deleteAll() {
    List<String> topics = new ArrayList<>();
    retained.forEach(
        entry -> {
          if (!entry.message().topic().startsWith(SYS)) {
            topics.add(entry.message().topic());
          }
        });
    topics.forEach(this::clear);
    return topics.size();
  }

  private void clear(String topic) {
    publisher.changeRetained(
        new Publish(topic, QoS.AT_MOST_ONCE, true, false, 0, new byte[0], MqttProperties.EMPTY));
  }

  private static RetainedView view(RetainedEntry entry) {
    Publish message = entry.message();
    return new RetainedView(
        message.topic(), message.qos().value(), message.payload().clone(), entry.expiresAtMillis());
  }
}
