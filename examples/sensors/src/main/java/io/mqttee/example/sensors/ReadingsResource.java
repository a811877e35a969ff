// SPDX-License-Identifier: Apache-2.0
package io.mqttee.example.sensors;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.stream.Collectors;

/** {@code GET /api/sensors/{sensor}/readings}: the stored readings, one per line. */
@Stateless
@Path("sensors/{sensor}/readings")
public class ReadingsResource {

  @PersistenceContext private EntityManager entities;

  @GET
  @Produces(MediaType.TEXT_PLAIN)
  public String readings(@PathParam("sensor") String sensor) {
    List<Reading> readings =
        entities
            .createNamedQuery("Reading.bySensor", Reading.class)
            .setParameter("sensor", sensor)
            .getResultList();
    return readings.stream()
        .map(r -> r.getReading() + " " + r.getDeliveryCount())
        .collect(Collectors.joining("\n"));
  }
}
