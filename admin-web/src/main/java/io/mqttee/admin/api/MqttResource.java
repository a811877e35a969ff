// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.api;

import io.mqttee.admin.api.json.ClientJson;
import io.mqttee.admin.api.json.Envelope;
import io.mqttee.admin.api.json.MessageJson;
import io.mqttee.admin.api.json.RequestBody;
import io.mqttee.broker.admin.BrokerAdmin;
import io.mqttee.broker.admin.NotFoundException;
import io.mqttee.broker.admin.PublishRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/** Acting as a client: subscribing sessions, and publishing as the broker. */
@Path("mqtt")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
@Tag(name = "mqtt")
public class MqttResource {
  @Inject BrokerAdmin admin;

  @POST
  @Path("subscribe")
  @Operation(
      summary = "Subscribes a session, as if it had sent SUBSCRIBE",
      description = "body: {\"clientid\", \"topic\", \"qos\": 0-2}")
  public Map<String, Object> subscribe(String json) {
    RequestBody body = RequestBody.of(json);
    String clientId = body.string("clientid");
    String topic = body.string("topic");
    int qos = (int) body.integer("qos", 0, 2, 0);
    return Envelope.data(ClientJson.subscription(admin.clients().subscribe(clientId, topic, qos)));
  }

  @POST
  @Path("unsubscribe")
  @Operation(
      summary = "Removes a session's subscription, as if it had sent UNSUBSCRIBE",
      description = "body: {\"clientid\", \"topic\"}; 404 when there was no such subscription")
  public Map<String, Object> unsubscribe(String json) {
    RequestBody body = RequestBody.of(json);
    String clientId = body.string("clientid");
    String topic = body.string("topic");
    if (!admin.clients().unsubscribe(clientId, topic)) {
      throw new NotFoundException(clientId + " has no subscription " + topic);
    }
    return Envelope.data(Map.of("clientid", clientId, "topic", topic));
  }

  @POST
  @Path("publish")
  @Operation(
      summary = "Publishes a message as the broker",
      description =
          "body: {\"topic\", \"payload\", \"encoding\": \"plain\"|\"base64\", \"qos\", \"retain\","
              + " \"properties\": {\"user_properties\": {}, \"content_type\","
              + " \"message_expiry_interval\"}}")
  public Map<String, Object> publish(String json) {
    PublishRequest request = MessageJson.publishRequest(RequestBody.of(json));
    return Envelope.data(MessageJson.published(admin.clients().publish(request)));
  }

  @POST
  @Path("publish_batch")
  @Operation(
      summary = "Publishes several messages, in order",
      description = "body: an array of publish bodies; all are checked before any is published")
  public Map<String, Object> publishBatch(String json) {
    List<PublishRequest> requests =
        RequestBody.arrayOf(json).stream().map(MessageJson::publishRequest).toList();
    return Envelope.all(
        requests.stream().map(r -> admin.clients().publish(r)).toList(), MessageJson::published);
  }
}
