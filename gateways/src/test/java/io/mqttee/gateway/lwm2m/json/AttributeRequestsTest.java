// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.lwm2m.json;

import static io.mqttee.gateway.lwm2m.json.Commands.rejected;
import static io.mqttee.gateway.lwm2m.json.Commands.request;
import static io.mqttee.gateway.lwm2m.json.Commands.withData;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.eclipse.leshan.core.node.LwM2mPath;
import org.eclipse.leshan.core.request.WriteAttributesRequest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@code write-attr}: pmin, pmax, gt, lt, st. */
@Tag("unit")
class AttributeRequestsTest {

  private static WriteAttributesRequest writeAttr(String data) {
    return assertInstanceOf(WriteAttributesRequest.class, request(withData("write-attr", data)));
  }

  private static String reason(String data) {
    return rejected(withData("write-attr", data)).reason();
  }

  @Test
  void periodsAreSentAsQueryParameters() {
    WriteAttributesRequest request = writeAttr("{'path': '/3/0/13', 'pmin': 2, 'pmax': 120}");

    assertEquals(new LwM2mPath(3, 0, 13), request.getPath());
    assertEquals(Map.of("pmin", 2L, "pmax", 120L), request.getAttributes().getMap());
    assertArrayEquals(new String[] {"pmin=2", "pmax=120"}, request.getAttributes().toQueryParams());
  }

  @Test
  void acceptsNumericStrings() {
    WriteAttributesRequest request =
        writeAttr("{'path': '/3/0/13', 'pmin': '2', 'gt': '20.5', 'lt': '-3', 'st': '0.5'}");

    assertEquals(
        Map.of("pmin", 2L, "gt", 20.5, "lt", -3.0, "st", 0.5), request.getAttributes().getMap());
  }

  @Test
  void periodsGoOnObjectsAndInstancesToo() {
    assertEquals(
        Map.of("pmax", 60L), writeAttr("{'path': '/3', 'pmax': 60}").getAttributes().getMap());
    assertEquals(
        Map.of("pmin", 1L), writeAttr("{'path': '/3/0', 'pmin': 1}").getAttributes().getMap());
  }

  @Test
  void rejectsACommandWithoutAttributes() {
    assertEquals(
        "data has none of the attributes pmin, pmax, gt, lt, st", reason("{'path': '/3/0/13'}"));
  }

  @Test
  void rejectsPeriodsThatAreNoWholeNonNegativeSeconds() {
    assertEquals("data.pmin must not be negative", reason("{'path': '/3/0/13', 'pmin': -1}"));
    assertEquals(
        "data.pmax must be an integer, not 1.5", reason("{'path': '/3/0/13', 'pmax': 1.5}"));
    assertEquals(
        "data.gt must be a number, not \"high\"", reason("{'path': '/3/0/13', 'gt': 'high'}"));
  }

  @Test
  void rejectsPminAbovePmax() {
    assertTrue(
        reason("{'path': '/3/0/13', 'pmin': 60, 'pmax': 10}").startsWith("data: Cannot write"));
  }

  @Test
  void rejectsThresholdsOnAnInstance() {
    String reason = reason("{'path': '/3/0', 'gt': 5}");

    assertTrue(reason.startsWith("data: Attribute 'gt' cannot be assigned"), reason);
    assertTrue(reason.endsWith("(data.path /3/0)"), reason);
  }
}
