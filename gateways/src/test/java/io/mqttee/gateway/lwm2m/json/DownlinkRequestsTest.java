// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.lwm2m.json;

import static io.mqttee.gateway.lwm2m.json.Commands.command;
import static io.mqttee.gateway.lwm2m.json.Commands.rejected;
import static io.mqttee.gateway.lwm2m.json.Commands.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.eclipse.leshan.core.node.LwM2mPath;
import org.eclipse.leshan.core.request.ContentFormat;
import org.eclipse.leshan.core.request.DeleteRequest;
import org.eclipse.leshan.core.request.DiscoverRequest;
import org.eclipse.leshan.core.request.ExecuteRequest;
import org.eclipse.leshan.core.request.ObserveRequest;
import org.eclipse.leshan.core.request.ReadRequest;
import org.eclipse.leshan.core.request.SimpleDownlinkRequest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** read, discover, execute, delete, observe and cancel-observe; paths. */
@Tag("unit")
class DownlinkRequestsTest {

  private static LwM2mPath pathOf(String json) {
    return assertInstanceOf(SimpleDownlinkRequest.class, request(json)).getPath();
  }

  private static String withPath(String msgType, String path) {
    return "{'reqID': 1, 'msgType': '" + msgType + "', 'data': {'path': '" + path + "'}}";
  }

  @Test
  void readIsAReadRequestWithoutContentFormatSoTheDeviceChoosesOne() {
    ReadRequest read = assertInstanceOf(ReadRequest.class, request(withPath("read", "/3/0/0")));

    assertEquals(new LwM2mPath(3, 0, 0), read.getPath());
    assertNull(read.getContentFormat());
  }

  @Test
  void readAndObserveAskForTheContentFormatTheCommandNames() {
    String read = "{'msgType': 'read', 'data': {'path': '/3/0', 'format': 'senml-cbor'}}";
    String observe = "{'msgType': 'observe', 'data': {'path': '/3/0/9', 'format': 'text'}}";

    assertEquals(ContentFormat.SENML_CBOR, ((ReadRequest) request(read)).getContentFormat());
    assertEquals(ContentFormat.TEXT, ((ObserveRequest) request(observe)).getContentFormat());
  }

  @Test
  void anUnknownContentFormatIsRejectedNamingTheKnownOnes() {
    String read = "{'msgType': 'read', 'data': {'path': '/3/0', 'format': 'xml'}}";

    assertEquals(
        "data.format 'xml' is none of cbor, json, opaque, senml-cbor, senml-json, text, tlv",
        rejected(read).reason());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/3/0/14", "3/0/14"})
  void acceptsPathsWithAndWithoutTheLeadingSlash(String path) {
    assertEquals(new LwM2mPath(3, 0, 14), pathOf(withPath("read", path)));
  }

  @Test
  void readsObjectsInstancesAndResourceInstances() {
    assertEquals(new LwM2mPath(3), pathOf(withPath("read", "/3")));
    assertEquals(new LwM2mPath(3, 0), pathOf(withPath("read", "/3/0")));
    assertEquals(new LwM2mPath(3, 0, 6, 1), pathOf(withPath("read", "/3/0/6/1")));
  }

  @Test
  void discoverIsADiscoverRequest() {
    DiscoverRequest discover =
        assertInstanceOf(DiscoverRequest.class, request(withPath("discover", "/3/0")));

    assertEquals(new LwM2mPath(3, 0), discover.getPath());
  }

  @Test
  void discoverOfAResourceInstanceIsRejected() {
    assertTrue(
        rejected(withPath("discover", "/3/0/6/0")).reason().startsWith("data.path /3/0/6/0"));
  }

  @Test
  void observeIsAnObserveRequestWithoutContentFormat() {
    ObserveRequest observe =
        assertInstanceOf(ObserveRequest.class, request(withPath("observe", "/3/0/13")));

    assertEquals(new LwM2mPath(3, 0, 13), observe.getPath());
    assertNull(observe.getContentFormat());
  }

  @Test
  void cancelObserveIsNoRequestButThePathNormalized() {
    DownlinkResult result =
        DownlinkRequests.translate(command(withPath("cancel-observe", "3/0/13")));

    assertEquals(new DownlinkResult.CancelObservation("/3/0/13"), result);
  }

  @Test
  void deleteIsADeleteRequestOfAnObjectInstance() {
    DeleteRequest delete =
        assertInstanceOf(DeleteRequest.class, request(withPath("delete", "/6/0")));

    assertEquals(new LwM2mPath(6, 0), delete.getPath());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/6", "/6/0/1"})
  void deleteOfAnythingButAnObjectInstanceIsRejected(String path) {
    assertEquals(
        "data.path " + path + " must be an object instance (/6/0) to delete",
        rejected(withPath("delete", path)).reason());
  }

  @Test
  void executeSendsTheArgumentsAsTheyAre() {
    byte[] json =
        "{\"msgType\": \"execute\", \"data\": {\"path\": \"/3/0/4\", \"args\": \"5='hello',7\"}}"
            .getBytes(StandardCharsets.UTF_8);
    Command command = assertInstanceOf(Command.class, CommandParser.parse(json));
    DownlinkResult.Send send =
        assertInstanceOf(DownlinkResult.Send.class, DownlinkRequests.translate(command));
    ExecuteRequest execute = assertInstanceOf(ExecuteRequest.class, send.request());

    assertEquals(new LwM2mPath(3, 0, 4), execute.getPath());
    assertEquals("5='hello',7", execute.getParameters());
  }

  @Test
  void executeWithoutOrWithEmptyArgumentsSendsNone() {
    assertNull(((ExecuteRequest) request(withPath("execute", "/3/0/4"))).getParameters());
    String empty = "{'msgType': 'execute', 'data': {'path': '/3/0/4', 'args': ''}}";
    assertNull(((ExecuteRequest) request(empty)).getParameters());
  }

  @Test
  void executeOfAnythingButAResourceIsRejected() {
    assertEquals(
        "data.path /3/0 must be a resource (/3/0/4) to execute",
        rejected(withPath("execute", "/3/0")).reason());
  }

  @Test
  void executeArgumentsMustBeAString() {
    String json = "{'msgType': 'execute', 'data': {'path': '/3/0/4', 'args': 5}}";

    assertEquals("data.args must be a string", rejected(json).reason());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "/", "abc", "/3/a", "/3//0", "/3/0/1/2/3", "/3/0/", " /3", "/-1"})
  void rejectsWhatIsNoPath(String path) {
    CommandError error = rejected(withPath("read", path));

    assertTrue(error.reason().startsWith("data.path \"" + path + "\" is not an LWM2M path"));
    assertEquals(path, error.reqPath());
    assertEquals("read", error.msgType());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/65536", "/3/65535", "/99999/0"})
  void rejectsIdsOutOfRange(String path) {
    assertTrue(
        rejected(withPath("observe", path)).reason().startsWith("data.path \"" + path + "\": "));
  }

  @Test
  void rejectsAMissingPathOrOneThatIsNoString() {
    assertEquals("data.path is missing", rejected("{'msgType': 'read', 'data': {}}").reason());
    assertEquals(
        "data.path must be a string",
        rejected("{'msgType': 'read', 'data': {'path': 3}}").reason());
  }

  @Test
  void anErrorKeepsTheCommandsEcho() {
    CommandError error = rejected("{'reqID': 'q', 'msgType': 'read', 'x': 1, 'data': {}}");

    assertEquals(Commands.json("{'reqID': 'q', 'msgType': 'read', 'x': 1}"), error.echo());
  }
}
