// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.api.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.broker.admin.InvalidInputException;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

@Tag("unit")
class RequestBodyTest {

  private static String refusal(Executable call) {
    return assertThrows(InvalidInputException.class, call).getMessage();
  }

  @Test
  void refusesBodiesThatAreNotOneJsonObject() {
    assertEquals("a JSON body is required", refusal(() -> RequestBody.of("")));
    assertEquals("the body must be a JSON object", refusal(() -> RequestBody.of("[1]")));
    assertTrue(refusal(() -> RequestBody.of("{\"a\":")).startsWith("malformed JSON"));
    assertTrue(refusal(() -> RequestBody.of("{'a': 1}")).startsWith("malformed JSON"));
    assertEquals("the body must be a JSON array", refusal(() -> RequestBody.arrayOf("{}")));
    assertEquals("item 1 must be a JSON object", refusal(() -> RequestBody.arrayOf("[{}, 2]")));
  }

  @Test
  void namesTheFieldThatIsMissingOrOfTheWrongType() {
    RequestBody body =
        RequestBody.of("{\"s\": 1, \"n\": \"1\", \"b\": \"true\", \"o\": [], \"z\": null}");

    assertEquals("topic is required", refusal(() -> body.string("topic")));
    assertEquals("s must be a string", refusal(() -> body.string("s")));
    assertEquals("n must be an integer", refusal(() -> body.integer("n", 0, 2, 0)));
    assertEquals("b must be true or false", refusal(() -> body.bool("b", false)));
    assertEquals("o must be an object", refusal(() -> body.object("o")));
    assertEquals("z is required", refusal(() -> body.string("z")));
    assertEquals(Optional.empty(), body.optionalString("z"));
  }

  @Test
  void checksTheRangeOfIntegers() {
    RequestBody body =
        RequestBody.of("{\"qos\": 3, \"f\": 1.5, \"big\": 100000000000000000000, \"ok\": 2}");

    assertEquals("qos must be 0 to 2, was 3", refusal(() -> body.integer("qos", 0, 2, 0)));
    assertEquals("f must be an integer", refusal(() -> body.integer("f", 0, 2, 0)));
    assertEquals("big must be 0 to 2", refusal(() -> body.integer("big", 0, 2, 0)));
    assertEquals(2, body.integer("ok", 0, 2, 0));
    assertEquals(7, body.integer("missing", 0, 9, 7));
    assertEquals("missing is required", refusal(() -> body.requiredInteger("missing", 0, 9)));
  }

  @Test
  void namesNestedAndBatchFieldsWithTheirPath() {
    RequestBody nested = RequestBody.of("{\"properties\": {\"content_type\": 5}}");
    RequestBody item = RequestBody.arrayOf("[{}, {\"qos\": -1}]").get(1);

    assertEquals(
        "properties.content_type must be a string",
        refusal(() -> nested.object("properties").optionalString("content_type")));
    assertEquals("[1].qos must be 0 to 2, was -1", refusal(() -> item.integer("qos", 0, 2, 0)));
  }

  @Test
  void choicesIgnoreCaseAndListTheAllowedValues() {
    RequestBody body = RequestBody.of("{\"encoding\": \"BASE64\", \"who\": \"nobody\"}");

    assertEquals("base64", body.choice("encoding", "plain", "plain", "base64"));
    assertEquals("plain", body.choice("missing", "plain", "plain", "base64"));
    assertEquals(
        "who must be one of all, username",
        refusal(() -> body.choice("who", "all", "all", "username")));
    assertEquals(
        "action is required (publish, subscribe)",
        refusal(() -> body.choice("action", null, "publish", "subscribe")));
  }
}
