// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.lwm2m.json;

import jakarta.json.JsonObject;
import org.eclipse.leshan.core.node.LwM2mNodeException;
import org.eclipse.leshan.core.node.LwM2mPath;
import org.eclipse.leshan.core.request.DeleteRequest;
import org.eclipse.leshan.core.request.DiscoverRequest;
import org.eclipse.leshan.core.request.DownlinkRequest;
import org.eclipse.leshan.core.request.ExecuteRequest;
import org.eclipse.leshan.core.request.ObserveRequest;
import org.eclipse.leshan.core.request.ReadRequest;
import org.eclipse.leshan.core.request.exception.InvalidRequestException;

/**
 * A command to the Leshan request it asks for. Read and observe name no content format unless the
 * command's {@code data.format} does ({@link ContentFormats}): without an Accept option the device
 * answers in a format it supports, and the server decodes them all (TLV, LWM2M JSON, SenML JSON and
 * CBOR, CBOR, text, opaque), where an Accept the device lacks costs a 4.06. Writes and creates are
 * TLV ({@link WriteRequests}); discover asks for link format.
 */
public final class DownlinkRequests {

  private DownlinkRequests() {}

  /**
   * The request for {@code command}, the path of a {@code cancel-observe}, or a {@link
   * CommandError} (4.00) naming the field that makes no valid request.
   */
  public static DownlinkResult translate(Command command) {
    try {
      return translate(command.type(), command.data());
    } catch (InvalidField e) {
      return CommandError.of(command, e.getMessage());
    } catch (InvalidRequestException | LwM2mNodeException | IllegalArgumentException e) {
      // Our checks run first; should one of Leshan's still fail, the command is a 4.00 all the
      // same.
      return CommandError.of(command, "data: " + e.getMessage());
    }
  }

  private static DownlinkResult translate(MsgType type, JsonObject data) {
    return switch (type) {
      case READ -> send(new ReadRequest(ContentFormats.requested(data), path(data), null));
      case DISCOVER -> send(discover(data));
      case WRITE -> send(WriteRequests.write(data));
      case WRITE_ATTR -> send(AttributeRequests.writeAttributes(data));
      case EXECUTE -> send(execute(data));
      case CREATE -> send(WriteRequests.create(data));
      case DELETE -> send(delete(data));
      case OBSERVE -> send(new ObserveRequest(ContentFormats.requested(data), path(data), null));
      case CANCEL_OBSERVE -> new DownlinkResult.CancelObservation(path(data).toString());
    };
  }

  private static DownlinkResult send(DownlinkRequest<?> request) {
    return new DownlinkResult.Send(request);
  }

  private static LwM2mPath path(JsonObject data) {
    return Paths.absolute(Fields.string(data, "data", "path"), "data.path");
  }

  private static DiscoverRequest discover(JsonObject data) {
    LwM2mPath path = path(data);
    if (path.isResourceInstance()) {
      throw new InvalidField("data.path " + path + ": discover cannot target a resource instance");
    }
    return new DiscoverRequest(path.toString());
  }

  /** POST with the arguments as text ({@code "5='hello',7"}); an empty string sends none. */
  private static ExecuteRequest execute(JsonObject data) {
    LwM2mPath path = path(data);
    if (!path.isResource()) {
      throw new InvalidField("data.path " + path + " must be a resource (/3/0/4) to execute");
    }
    String args = Fields.optionalString(data, "data", "args");
    return new ExecuteRequest(path.toString(), args == null || args.isEmpty() ? null : args);
  }

  private static DeleteRequest delete(JsonObject data) {
    LwM2mPath path = path(data);
    if (!path.isObjectInstance()) {
      throw new InvalidField("data.path " + path + " must be an object instance (/6/0) to delete");
    }
    return new DeleteRequest(path.toString());
  }
}
