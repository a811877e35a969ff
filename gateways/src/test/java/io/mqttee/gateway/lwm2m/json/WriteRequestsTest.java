// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.lwm2m.json;

import static io.mqttee.gateway.lwm2m.json.Commands.rejected;
import static io.mqttee.gateway.lwm2m.json.Commands.request;
import static io.mqttee.gateway.lwm2m.json.Commands.withData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import org.eclipse.leshan.core.node.LwM2mNode;
import org.eclipse.leshan.core.node.LwM2mPath;
import org.eclipse.leshan.core.node.LwM2mResourceInstance;
import org.eclipse.leshan.core.node.LwM2mSingleResource;
import org.eclipse.leshan.core.node.ObjectLink;
import org.eclipse.leshan.core.request.ContentFormat;
import org.eclipse.leshan.core.request.WriteRequest;
import org.eclipse.leshan.core.util.datatype.ULong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code write} of one resource: every value type, its JSON forms, and what is no value. */
@Tag("unit")
class WriteRequestsTest {

  private static String write(String path, String type, String value) {
    return withData(
        "write", "{'path': '" + path + "', 'type': '" + type + "', 'value': " + value + "}");
  }

  /** The node the write of resource /3/0/14 carries. */
  private static LwM2mNode written(String type, String value) {
    WriteRequest write =
        assertInstanceOf(WriteRequest.class, request(write("/3/0/14", type, value)));
    return write.getNode();
  }

  private static String reason(String type, String value) {
    return rejected(write("/3/0/14", type, value)).reason();
  }

  @Test
  void writesOneResourceWithPutAsTlv() {
    WriteRequest write =
        assertInstanceOf(WriteRequest.class, request(write("3/0/14", "String", "'+02:00'")));

    assertEquals(new LwM2mPath(3, 0, 14), write.getPath());
    assertTrue(write.isReplaceRequest(), "PUT");
    assertEquals(ContentFormat.TLV, write.getContentFormat());
    assertEquals(LwM2mSingleResource.newStringResource(14, "+02:00"), write.getNode());
  }

  @Test
  void writesOneResourceInstance() {
    WriteRequest write =
        assertInstanceOf(WriteRequest.class, request(write("/3/0/6/1", "Integer", "5")));

    assertEquals(new LwM2mPath(3, 0, 6, 1), write.getPath());
    assertEquals(LwM2mResourceInstance.newIntegerInstance(1, 5), write.getNode());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {"42", "'42'", "42.0", "'-42'"})
  void integersComeAsNumbersOrNumericStrings(String value) {
    long expected = value.contains("-") ? -42 : 42;
    assertEquals(LwM2mSingleResource.newIntegerResource(14, expected), written("Integer", value));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {"48.85", "'48.85'", "'4885e-2'"})
  void floatsComeAsNumbersOrNumericStrings(String value) {
    assertEquals(LwM2mSingleResource.newFloatResource(14, 48.85), written("Float", value));
  }

  @Test
  void anIntegralNumberIsAFloatToo() {
    assertEquals(LwM2mSingleResource.newFloatResource(14, 3.0), written("Float", "3"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {"true|true", "false|false", "'true'|true", "'false'|false", "1|true", "'0'|false"})
  void booleansComeAsJsonBooleansWordsOrDigits(String value, boolean expected) {
    assertEquals(LwM2mSingleResource.newBooleanResource(14, expected), written("Boolean", value));
  }

  @Test
  void timeIsEpochSeconds() {
    Date expected = new Date(1_700_001_000_000L);
    assertEquals(LwM2mSingleResource.newDateResource(14, expected), written("Time", "1700001000"));
    assertEquals(
        LwM2mSingleResource.newDateResource(14, expected), written("Time", "'1700001000'"));
  }

  @Test
  void opaqueIsBase64() {
    assertEquals(
        LwM2mSingleResource.newBinaryResource(14, new byte[] {1, 2, (byte) 0xff}),
        written("Opaque", "'AQL/'"));
  }

  @Test
  void objlnkIsObjectColonInstance() {
    assertEquals(
        LwM2mSingleResource.newObjectLinkResource(14, new ObjectLink(3, 0)),
        written("Objlnk", "'3:0'"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {"Unsigned Integer", "UnsignedInteger", "unsigned integer"})
  void unsignedIntegersReachTwoToTheSixtyFourMinusOne(String type) {
    assertEquals(
        LwM2mSingleResource.newUnsignedIntegerResource(14, ULong.valueOf("18446744073709551615")),
        written(type, "'18446744073709551615'"));
  }

  @Test
  void typeNamesIgnoreCase() {
    assertEquals(LwM2mSingleResource.newStringResource(14, "x"), written("string", "'x'"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "String|12|data.value must be a string",
        "Integer|1.5|data.value must be an integer, not 1.5",
        "Integer|'abc'|data.value must be an integer, not \"abc\"",
        "Integer|true|data.value must be an integer (a JSON number or a numeric string)",
        "Integer|9223372036854775808|data.value is out of the range of a 64-bit integer",
        "Integer|1e999999999|data.value is out of the range of a 64-bit integer",
        "Unsigned Integer|-1|data.value must be an unsigned integer (0 to 2^64-1)",
        "Unsigned Integer|18446744073709551616|data.value must be an unsigned integer (0 to 2^64-1)",
        "Float|'NaN'|data.value must be a number, not \"NaN\"",
        "Float|'0x1p3'|data.value must be a number, not \"0x1p3\"",
        "Float|1e400|data.value is out of the range of a 64-bit float",
        "Boolean|'yes'|data.value must be a boolean (true, false, 1 or 0)",
        "Boolean|2|data.value must be a boolean (true, false, 1 or 0)",
        "Time|9223372036854775807|data.value is out of the range of a time in epoch seconds",
        "Objlnk|'3-0'|data.value \"3-0\" is not an object link like \"3:0\"",
        "Objlnk|'3:70000'|data.value \"3:70000\" is not an object link like \"3:0\"",
        "Objlnk|30|data.value must be an object link like \"3:0\"",
        "Opaque|7|data.value must be a base64 string",
        "String|null|data.value is missing",
      })
  void rejectsAValueNotOfItsType(String type, String value, String reason) {
    assertEquals(reason, reason(type, value));
  }

  @Test
  void rejectsBrokenBase64() {
    assertTrue(reason("Opaque", "'AQ%/'").startsWith("data.value is not base64: "));
  }

  @Test
  void rejectsAnUnknownType() {
    assertTrue(reason("Double", "1").startsWith("data.type \"Double\" is unknown; known: Time,"));
  }

  @Test
  void rejectsAMissingTypeOrValue() {
    assertEquals(
        "data.type is missing",
        rejected(withData("write", "{'path': '/3/0/14', 'value': 1}")).reason());
    assertEquals(
        "data.value is missing",
        rejected(withData("write", "{'path': '/3/0/14', 'type': 'Integer'}")).reason());
  }

  @Test
  void rejectsAWriteToAnObjectOrAnInstance() {
    assertEquals(
        "data.path /3 must be a resource (/3/0/14) or a resource instance (/3/0/6/1)",
        rejected(write("/3", "String", "'x'")).reason());
    assertEquals(
        "data.path /3/0 must be a resource (/3/0/14) or a resource instance (/3/0/6/1)",
        rejected(write("/3/0", "String", "'x'")).reason());
  }
}
