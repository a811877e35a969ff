// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.lwm2m.json;

import static io.mqttee.gateway.lwm2m.json.Commands.rejected;
import static io.mqttee.gateway.lwm2m.json.Commands.request;
import static io.mqttee.gateway.lwm2m.json.Commands.withData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.eclipse.leshan.core.model.ResourceModel.Type;
import org.eclipse.leshan.core.node.LwM2mMultipleResource;
import org.eclipse.leshan.core.node.LwM2mObjectInstance;
import org.eclipse.leshan.core.node.LwM2mPath;
import org.eclipse.leshan.core.node.LwM2mResourceInstance;
import org.eclipse.leshan.core.node.LwM2mSingleResource;
import org.eclipse.leshan.core.request.ContentFormat;
import org.eclipse.leshan.core.request.CreateRequest;
import org.eclipse.leshan.core.request.WriteRequest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@code write} with {@code basePath} and {@code content}, and {@code create}. */
@Tag("unit")
class BatchWriteAndCreateTest {

  private static String batch(String basePath, String content) {
    return withData("write", "{'basePath': '" + basePath + "', 'content': " + content + "}");
  }

  private static String create(String basePath, String content) {
    return withData("create", "{'basePath': '" + basePath + "', 'content': " + content + "}");
  }

  @Test
  void aBatchUnderAnInstanceUpdatesItsResourcesWithPost() {
    String content =
        "[{'path': '/14', 'type': 'String', 'value': '+02:00'},"
            + " {'path': '15', 'type': 'String', 'value': 'Europe/Paris'}]";
    WriteRequest write = assertInstanceOf(WriteRequest.class, request(batch("/3/0", content)));

    assertEquals(new LwM2mPath(3, 0), write.getPath());
    assertTrue(write.isPartialUpdateRequest(), "POST");
    assertEquals(ContentFormat.TLV, write.getContentFormat());
    assertEquals(
        new LwM2mObjectInstance(
            0,
            LwM2mSingleResource.newStringResource(14, "+02:00"),
            LwM2mSingleResource.newStringResource(15, "Europe/Paris")),
        write.getNode());
  }

  @Test
  void aBatchGroupsResourceInstancesIntoOneMultiInstanceResource() {
    String content =
        "[{'path': '/6/1', 'type': 'Integer', 'value': 5}, {'path': '/6/0', 'type': 'Integer',"
            + " 'value': 1}, {'path': '/14', 'type': 'String', 'value': 'x'}]";
    WriteRequest write = assertInstanceOf(WriteRequest.class, request(batch("/3/0", content)));

    assertEquals(
        new LwM2mObjectInstance(
            0,
            LwM2mMultipleResource.newIntegerResource(6, Map.of(0, 1L, 1, 5L)),
            LwM2mSingleResource.newStringResource(14, "x")),
        write.getNode());
  }

  @Test
  void aBatchUnderAResourceReplacesAllItsInstancesWithPut() {
    String content =
        "[{'path': '/0', 'type': 'Integer', 'value': 1}, {'path': '1', 'type': 'Integer',"
            + " 'value': 5}]";
    WriteRequest write = assertInstanceOf(WriteRequest.class, request(batch("/3/0/6", content)));

    assertEquals(new LwM2mPath(3, 0, 6), write.getPath());
    assertTrue(write.isReplaceRequest(), "PUT");
    assertEquals(
        LwM2mMultipleResource.newIntegerResource(6, Map.of(0, 1L, 1, 5L)), write.getNode());
  }

  @Test
  void aBasePathOfRootStillWritesOneResourceAsInEmqx() {
    String json =
        withData(
            "write", "{'basePath': '/', 'path': '/3/0/14', 'type': 'String', 'value': '+02:00'}");
    WriteRequest write = assertInstanceOf(WriteRequest.class, request(json));

    assertEquals(new LwM2mPath(3, 0, 14), write.getPath());
    assertEquals(LwM2mSingleResource.newStringResource(14, "+02:00"), write.getNode());
    assertEquals("/3/0/14", Commands.command(json).reqPath());
  }

  @Test
  void aBatchUnderAnObjectOrAResourceInstanceIsRejected() {
    String content = "[{'path': '/0/14', 'type': 'String', 'value': 'x'}]";
    assertEquals(
        "data.basePath /3 must be an object instance (/3/0) or a multi-instance resource (/3/0/6)",
        rejected(batch("/3", content)).reason());
    assertTrue(rejected(batch("/3/0/6/0", content)).reason().startsWith("data.basePath /3/0/6/0"));
  }

  @Test
  void rejectsContentThatIsMissingEmptyOrNoArrayOfObjects() {
    assertEquals(
        "data.content is missing", rejected(withData("write", "{'basePath': '/3/0'}")).reason());
    assertEquals("data.content must not be empty", rejected(batch("/3/0", "[]")).reason());
    assertEquals("data.content must be an array", rejected(batch("/3/0", "{}")).reason());
    assertEquals("data.content[0] must be an object", rejected(batch("/3/0", "[1]")).reason());
    assertEquals(
        "data.basePath is missing", rejected(withData("write", "{'content': []}")).reason());
  }

  @Test
  void namesTheContentEntryThatIsWrong() {
    String content =
        "[{'path': '/14', 'type': 'String', 'value': 'x'}, {'path': '/15', 'type': 'Float',"
            + " 'value': 'y'}]";
    assertEquals(
        "data.content[1].value must be a number, not \"y\"",
        rejected(batch("/3/0", content)).reason());
  }

  @Test
  void rejectsBadRelativePaths() {
    assertTrue(
        rejected(batch("/3/0", "[{'path': 'x', 'type': 'String', 'value': 'x'}]"))
            .reason()
            .startsWith("data.content[0].path \"x\" is not a relative path"));
    assertEquals(
        "data.content[0].path \"/0/1\" goes deeper than a resource instance",
        rejected(batch("/3/0/6", "[{'path': '/0/1', 'type': 'String', 'value': 'x'}]")).reason());
  }

  @Test
  void rejectsAPathWrittenTwiceAMixOfValueAndInstancesOrMixedTypes() {
    String twice =
        "[{'path': '/14', 'type': 'String', 'value': 'x'}, {'path': '14', 'type': 'String',"
            + " 'value': 'y'}]";
    assertEquals(
        "data.content[1].path /3/0/14 is written twice", rejected(batch("/3/0", twice)).reason());
    String mixed =
        "[{'path': '/6', 'type': 'Integer', 'value': 1}, {'path': '/6/0', 'type': 'Integer',"
            + " 'value': 1}]";
    assertEquals(
        "data.content[1].path /3/0/6/0 mixes a single value with resource instances",
        rejected(batch("/3/0", mixed)).reason());
    String types =
        "[{'path': '/6/0', 'type': 'Integer', 'value': 1}, {'path': '/6/1', 'type': 'String',"
            + " 'value': 'a'}]";
    assertEquals(
        "data.content[1].path /3/0/6/1: the instances of one resource must have one type",
        rejected(batch("/3/0", types)).reason());
  }

  @Test
  void createPostsInstancesToTheObjectAsTlv() {
    String content =
        "[{'path': '/0/0', 'type': 'Float', 'value': 48.85}, {'path': '/0/1', 'type': 'Float',"
            + " 'value': '2.35'}, {'path': '/0/5', 'type': 'Time', 'value': 1700001000}]";
    CreateRequest create = assertInstanceOf(CreateRequest.class, request(create("/6", content)));

    assertEquals(new LwM2mPath(6), create.getPath());
    assertEquals(ContentFormat.TLV, create.getContentFormat());
    assertFalse(create.unknownObjectInstanceId());
    assertEquals(
        List.of(
            new LwM2mObjectInstance(
                0,
                LwM2mSingleResource.newFloatResource(0, 48.85),
                LwM2mSingleResource.newFloatResource(1, 2.35),
                LwM2mSingleResource.newDateResource(5, new Date(1_700_001_000_000L)))),
        create.getObjectInstances());
  }

  @Test
  void createUnderTheNewInstancePathTakesResourcePaths() {
    String content = "[{'path': '/0', 'type': 'Float', 'value': 1}]";
    CreateRequest create = assertInstanceOf(CreateRequest.class, request(create("/6/2", content)));

    assertEquals(new LwM2mPath(6), create.getPath());
    assertEquals(
        List.of(new LwM2mObjectInstance(2, LwM2mSingleResource.newFloatResource(0, 1.0))),
        create.getObjectInstances());
  }

  @Test
  void createsSeveralInstancesAndMultiInstanceResources() {
    String content =
        "[{'path': '/1/0/0', 'type': 'String', 'value': 'b'}, {'path': '/0/0/0', 'type':"
            + " 'String', 'value': 'a'}]";
    CreateRequest create = assertInstanceOf(CreateRequest.class, request(create("/9", content)));

    assertEquals(2, create.getObjectInstances().size());
    assertEquals(
        new LwM2mMultipleResource(0, Type.STRING, LwM2mResourceInstance.newStringInstance(0, "a")),
        create.getObjectInstances().get(0).getResource(0));
  }

  @Test
  void createRejectsContentThatIsNoResourceAndABasePathBelowAnInstance() {
    assertEquals(
        "data.content[0].path /0 must lead from /6 to a resource",
        rejected(create("/6", "[{'path': '/0', 'type': 'Float', 'value': 1}]")).reason());
    assertEquals(
        "data.basePath /6/0/1 must be an object (/6) or a new object instance (/6/0)",
        rejected(create("/6/0/1", "[{'path': '/0', 'type': 'Float', 'value': 1}]")).reason());
  }
}
