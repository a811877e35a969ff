// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.message;

import io.mqttee.persistence.ColumnSizes;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A QoS 1 or 2 message a persistent session must deliver. The primary key (client, sequence) is the
 * index the session's queue is read in. Binary columns are {@code byte[]} with a length, not
 * {@code @Lob}: Hibernate maps them to PostgreSQL {@code bytea} and H2 {@code blob} (a {@code @Lob}
 * would be a PostgreSQL large object that bulk deletes leave behind).
 */
@Entity
@Table(name = "mqttee_queued_message")
@IdClass(QueuedMessageId.class)
public class QueuedMessage {

  @Id
  @Column(name = "client_id", length = ColumnSizes.CLIENT_ID)
  private String clientId;

  @Id
  @Column(name = "seq")
  private long sequence;

  @Column(name = "topic", nullable = false, length = ColumnSizes.TOPIC)
  private String topic;

  @Column(name = "qos", nullable = false)
  private int qos;

  @Column(name = "retain_flag", nullable = false)
  private boolean retain;

  @Column(name = "payload", nullable = false, length = ColumnSizes.BINARY)
  private byte[] payload;

  @Column(name = "properties", length = ColumnSizes.BINARY)
  private byte[] properties;

  @Column(name = "packet_id", nullable = false)
  private int packetId;

  @Column(name = "received", nullable = false)
  private boolean received;

  protected QueuedMessage() {}

  /** {@code properties} are the serialized MQTT 5 properties, null when there are none. */
  public QueuedMessage(
      String clientId, long sequence, Content content, int packetId, boolean received) {
    this.clientId = clientId;
    this.sequence = sequence;
    this.topic = content.topic();
    this.qos = content.qos();
    this.retain = content.retain();
    this.payload = content.payload();
    this.properties = content.properties();
    this.packetId = packetId;
    this.received = received;
  }

  /** What the message says, as opposed to where it is in its delivery. */
  public record Content(String topic, int qos, boolean retain, byte[] payload, byte[] properties) {}

  public String getClientId() {
    return clientId;
  }

  public long getSequence() {
    return sequence;
  }

  public Content getContent() {
    return new Content(topic, qos, retain, payload, properties);
  }

  /** The packet id it was last sent with, 0 if not sent yet. */
  public int getPacketId() {
    return packetId;
  }

  /** True once PUBREC arrived for it. */
  public boolean isReceived() {
    return received;
  }
}
