// SPDX-License-Identifier: Apache-2.0
package io.mqttee.example.sensors;

import io.mqttee.api.MqttConnection;
import io.mqttee.api.MqttConnectionFactory;
import io.mqttee.api.MqttMessage;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /api/devices/{device}/commands} publishes the request body to {@code
 * devices/{device}/commands} at QoS 1. The bean's transaction holds the message until it commits;
 * {@code ?fail=true} makes the request fail after the publish, so the transaction rolls back and
 * the device receives nothing.
 */
@Stateless
@Path("devices/{device}/commands")
public class CommandsResource {

  @Resource(name = "mqttee/MqttConnectionFactory")
  private MqttConnectionFactory mqtt;

  @POST
  public Response send(
      @PathParam("device") String device, @QueryParam("fail") boolean fail, String command) {
    try (MqttConnection connection = mqtt.getConnection()) {
      connection.publish(
          MqttMessage.builder("devices/" + device + "/commands")
              .payload(command)
              .qos(1)
              .contentType("text/plain")
              .build());
    }
    if (fail) {
      throw new IllegalStateException("failed after publishing, as asked: the command is not sent");
    }
    return Response.accepted().build();
  }
}
