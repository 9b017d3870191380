package cl.redlim.audit.log;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalEventTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    static String canonical(String text) throws Exception {
        return new String(CanonicalEvent.leafInput(json(text)), StandardCharsets.UTF_8);
    }

    /** Examples of RFC 8785 (JSON Canonicalization Scheme). */
    @Nested
    class Rfc8785 {

        @Test
        void section_3_2_2_theSerializationExample() throws Exception {
            String input = """
                    {
                      "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
                      "string": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/",
                      "literals": [null, true, false]
                    }""";

            assertThat(canonical(input)).isEqualTo("{\"literals\":[null,true,false],"
                    + "\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                    + "\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
        }

        @Test
        void section_3_2_3_keysSortedByUtf16CodeUnits() throws Exception {
            String input = """
                    {
                      "\\u20ac": "Euro Sign",
                      "\\r": "Carriage Return",
                      "\\ufb33": "Hebrew Letter Dalet With Dagesh",
                      "1": "One",
                      "\\ud83d\\ude00": "Emoji: Grinning Face",
                      "\\u0080": "Control",
                      "\\u00f6": "Latin Small Letter O With Diaeresis"
                    }""";

            // U+1F600 (surrogates D83D DE00) sorts before U+FB33: by UTF-16 units, not by code points
            assertThat(canonical(input)).isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\","
                    + "\"\u0080\":\"Control\",\"ö\":\"Latin Small Letter O With Diaeresis\",\"€\":\"Euro Sign\","
                    + "\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
        }

        @Test
        void section_3_2_2_3_numbersAsEcmaScriptWritesThem() throws Exception {
            assertThat(canonical("[1e30, 1E+30, 4.50, -0, -0.0, 0.0, 1, 10.0, 1e21, 1e20, 1e-7, 0.000001, "
                    + "-1.5e-9, 9007199254740991, 123456789012.125]"))
                    .isEqualTo("[1e+30,1e+30,4.5,0,0,0,1,10,1e+21,100000000000000000000,1e-7,0.000001,"
                            + "-1.5e-9,9007199254740991,123456789012.125]");
        }

        /**
         * RFC 8785 numbers are IEEE 754 doubles: an integer beyond 2^53 keeps only 17 significant digits, so two
         * such numbers differing in the last digits have the same leaf. Documented in docs/contexts/audit-log.md.
         */
        @Test
        void integersBeyondTwoToThe53AreRoundedToADouble() throws Exception {
            assertThat(canonical("[12345678901234567891, 9007199254740993]"))
                    .isEqualTo("[12345678901234567000,9007199254740992]");
        }

        @Test
        void section_3_2_2_2_stringEscapes() throws Exception {
            assertThat(canonical("[\"tab\\there\", \"\\b\\f\\n\\r\\t\", \"\\u0001\\u001f\", \"quote\\\" back\\\\\", "
                    + "\"slash \\/ stays\", \"ñandú \\u00e9\", \"\\u2028\"]"))
                    .isEqualTo("[\"tab\\there\",\"\\b\\f\\n\\r\\t\",\"\\u0001\\u001f\",\"quote\\\" back\\\\\","
                            + "\"slash / stays\",\"ñandú é\",\"\u2028\"]");
        }

        @Test
        void nestedObjectsAreSortedAtEveryLevel_arraysKeepTheirOrder() throws Exception {
            assertThat(canonical("{\"b\": [3, {\"z\": 1, \"a\": {\"y\": null, \"x\": [\"q\", \"p\"]}}], "
                    + "\"a\": {}, \"aa\": [], \"A\": true}"))
                    .isEqualTo("{\"A\":true,\"a\":{},\"aa\":[],\"b\":[3,{\"a\":{\"x\":[\"q\",\"p\"],\"y\":null},\"z\":1}]}");
        }
    }

    @Nested
    class TheEventObject {

        static final Instant AT = Instant.parse("2026-03-02T14:05:09.123456789Z");

        ObjectNode event(String payload, String metaData) throws Exception {
            return CanonicalEvent.of("a1b2", "Commune", "13119", 3L, "cl.redlim.territory.api.CommuneClassifiedEvent",
                    null, AT, json(payload), json(metaData));
        }

        @Test
        void hasExactlyTheDocumentedFields_withTheTimeInMillisecondsUtc() throws Exception {
            ObjectNode event = event("{\"group\": 2}", "{}");

            List<String> names = new ArrayList<>();
            event.fieldNames().forEachRemaining(names::add);
            assertThat(names).containsExactlyElementsOf(CanonicalEvent.FIELDS);
            assertThat(event.get("timestamp").asText()).isEqualTo("2026-03-02T14:05:09.123Z");
            assertThat(event.get("payloadRevision").isNull()).isTrue();
            assertThat(CanonicalEvent.timestamp(Instant.parse("2026-01-01T00:00:00Z")))
                    .isEqualTo("2026-01-01T00:00:00.000Z");
        }

        @Test
        void theLeafHashIsSha256OfZeroAndTheCanonicalBytes() throws Exception {
            ObjectNode event = event("{\"group\": 2}", "{\"principal\": \"admin\"}");

            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((byte) 0);
            assertThat(CanonicalEvent.leafHash(event)).isEqualTo(sha256.digest(CanonicalEvent.leafInput(event)));
        }

        @Test
        void equalObjectsWithKeysInAnotherOrderHaveTheSameLeaf() throws Exception {
            ObjectNode one = event("{\"cut\": \"13119\", \"group\": 2, \"nested\": {\"b\": 1.0, \"a\": [1, 2]}}",
                    "{\"principal\": \"admin\", \"role\": \"ADMIN\"}");
            ObjectNode other = (ObjectNode) json("{\"metaData\": {\"role\": \"ADMIN\", \"principal\": \"admin\"}, "
                    + "\"payload\": {\"nested\": {\"a\": [1, 2], \"b\": 1}, \"group\": 2.0, \"cut\": \"13119\"}, "
                    + "\"timestamp\": \"2026-03-02T14:05:09.123Z\", \"sequence\": 3, \"payloadRevision\": null, "
                    + "\"payloadType\": \"cl.redlim.territory.api.CommuneClassifiedEvent\", \"aggregateId\": \"13119\", "
                    + "\"aggregateType\": \"Commune\", \"eventId\": \"a1b2\"}");

            assertThat(CanonicalEvent.leafHash(other)).isEqualTo(CanonicalEvent.leafHash(one));
        }

        @Test
        void anyChangeOfAValueChangesTheLeaf() throws Exception {
            byte[] leaf = CanonicalEvent.leafHash(event("{\"group\": 2}", "{\"principal\": \"admin\"}"));

            assertThat(CanonicalEvent.leafHash(event("{\"group\": 3}", "{\"principal\": \"admin\"}"))).isNotEqualTo(leaf);
            assertThat(CanonicalEvent.leafHash(event("{\"group\": 2}", "{\"principal\": \"admiN\"}"))).isNotEqualTo(leaf);
            assertThat(CanonicalEvent.leafHash(event("{\"group\": \"2\"}", "{\"principal\": \"admin\"}")))
                    .isNotEqualTo(leaf);
            ObjectNode resequenced = event("{\"group\": 2}", "{\"principal\": \"admin\"}").put("sequence", 4);
            assertThat(CanonicalEvent.leafHash(resequenced)).isNotEqualTo(leaf);
        }

        /** The worked example of docs/contexts/audit-log.md: if this changes, the document (and every log) is wrong. */
        @Test
        void theWorkedExampleOfTheDocument() throws Exception {
            ObjectNode event = CanonicalEvent.of("0b6f3c1e-5f0a-4d7e-9a51-3c2b8e1d4f60", "Commune", "13119", 1L,
                    "cl.redlim.territory.api.CommuneClassifiedEvent", null,
                    Instant.parse("2026-03-02T14:05:09.123Z"),
                    json("{\"cut\":\"13119\",\"group\":2,\"rurality\":\"PREDOMINANTLY_URBAN\","
                            + "\"classifiedAt\":\"2026-03-02T14:05:09.101Z\"}"),
                    json("{\"principal\":\"admin\",\"role\":\"ADMIN\",\"client\":\"bootstrap\","
                            + "\"correlationId\":\"7d1c9e2a-0c4b-4a57-8f3e-2b6d5a9c1e04\","
                            + "\"causationId\":\"7d1c9e2a-0c4b-4a57-8f3e-2b6d5a9c1e04\"}"));

            String canonical = new String(CanonicalEvent.leafInput(event), StandardCharsets.UTF_8);
            byte[] leaf = CanonicalEvent.leafHash(event);

            assertThat(canonical).isEqualTo("{\"aggregateId\":\"13119\",\"aggregateType\":\"Commune\","
                    + "\"eventId\":\"0b6f3c1e-5f0a-4d7e-9a51-3c2b8e1d4f60\","
                    + "\"metaData\":{\"causationId\":\"7d1c9e2a-0c4b-4a57-8f3e-2b6d5a9c1e04\",\"client\":\"bootstrap\","
                    + "\"correlationId\":\"7d1c9e2a-0c4b-4a57-8f3e-2b6d5a9c1e04\",\"principal\":\"admin\",\"role\":\"ADMIN\"},"
                    + "\"payload\":{\"classifiedAt\":\"2026-03-02T14:05:09.101Z\",\"cut\":\"13119\",\"group\":2,"
                    + "\"rurality\":\"PREDOMINANTLY_URBAN\"},"
                    + "\"payloadRevision\":null,\"payloadType\":\"cl.redlim.territory.api.CommuneClassifiedEvent\","
                    + "\"sequence\":1,\"timestamp\":\"2026-03-02T14:05:09.123Z\"}");
            assertThat(Base64.getEncoder().encodeToString(leaf)).isEqualTo("wSn2JmXYqadCxaPBI+hsMfIYNK/0U81pKdj/Oh/DkkA=");
            assertThat(HexFormat.of().formatHex(leaf)).isEqualTo("c129f62665d8a9a742c5a3c123e86c31f21834aff453cd6929d8ff3a1fc39240");
        }
    }
}
