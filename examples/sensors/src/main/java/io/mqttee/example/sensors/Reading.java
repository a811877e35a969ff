// SPDX-License-Identifier: Apache-2.0
package io.mqttee.example.sensors;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import java.time.Instant;

/** One value a sensor published. */
@Entity
@NamedQuery(
    name = "Reading.bySensor",
    query = "select r from Reading r where r.sensor = :sensor order by r.id")
public class Reading {

  @Id @GeneratedValue private Long id;
  private String sensor;
  private double reading;
  private int deliveryCount;
  private Instant receivedAt;

  protected Reading() {}

  Reading(String sensor, double reading, int deliveryCount) {
    this.sensor = sensor;
    this.reading = reading;
    this.deliveryCount = deliveryCount;
    this.receivedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public String getSensor() {
    return sensor;
  }

  public double getReading() {
    return reading;
  }

  /** How many deliveries the message took: more than 1 after a rollback. */
  public int getDeliveryCount() {
    return deliveryCount;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }
}
