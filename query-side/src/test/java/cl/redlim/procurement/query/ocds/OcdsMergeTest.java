package cl.redlim.procurement.query.ocds;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One test per merge rule, each with its expected output written out by hand. */
class OcdsMergeTest {

    private static final OcdsMerge MERGE = OcdsMerge.standard();

    /** JSON with single quotes, for readable literals. */
    static JsonNode json(String singleQuoted) {
        return OcdsJson.read(singleQuoted.replace('\'', '"'));
    }

    static JsonNode release(String id, String date, String tag, String body) {
        String fields = body.isBlank() ? "" : ", " + body;
        return json("{'ocid': 'ocds-x-1', 'id': '" + id + "', 'date': '" + date + "', 'tag': ['" + tag + "'], "
                + "'initiationType': 'tender'" + fields + "}");
    }

    static final String D1 = "2025-03-01T12:00:00.000Z";
    static final String D2 = "2025-03-02T12:00:00.000Z";
    static final String D3 = "2025-03-03T12:00:00.000Z";

    @Nested
    class Compiled {

        @Test
        void aLaterValueReplacesAnEarlierOneAndTheCompiledReleaseHasItsOwnTagIdAndDate() {
            JsonNode compiled = MERGE.compile(List.of(
                    release("ocds-x-1-0", D1, "planning", "'tender': {'id': 'T', 'status': 'planning', 'title': 'Sillas'}"),
                    release("ocds-x-1-1", D2, "tender", "'tender': {'id': 'T', 'status': 'active'}")));

            assertThat(compiled).isEqualTo(json("{'tag': ['compiled'], 'id': 'ocds-x-1-" + D2 + "', 'date': '" + D2
                    + "', 'ocid': 'ocds-x-1', 'initiationType': 'tender', "
                    + "'tender': {'id': 'T', 'status': 'active', 'title': 'Sillas'}}"));
        }

        @Test
        void releasesApplyInDateOrderWhateverOrderTheyComeIn() {
            JsonNode compiled = MERGE.compile(List.of(
                    release("b", D3, "tenderUpdate", "'tender': {'id': 'T', 'status': 'complete'}"),
                    release("a", D1, "tender", "'tender': {'id': 'T', 'status': 'active'}")));

            assertThat(compiled.at("/tender/status").asText()).isEqualTo("complete");
            assertThat(compiled.get("date").asText()).isEqualTo(D3);
            assertThat(compiled.get("id").asText()).isEqualTo("ocds-x-1-" + D3);
        }

        @Test
        void releasesWithTheSameDateKeepTheirGivenOrder() {
            JsonNode compiled = MERGE.compile(List.of(
                    release("a", D1, "tender", "'tender': {'id': 'T', 'status': 'active'}"),
                    release("b", D1, "tenderUpdate", "'tender': {'id': 'T', 'status': 'unsuccessful'}")));

            assertThat(compiled.at("/tender/status").asText()).isEqualTo("unsuccessful");
        }

        @Test
        void datesCompareAsInstantsNotAsText() {
            // as text "…12:00:00.500Z" sorts before "…12:00:00Z"; as time it comes after
            JsonNode compiled = MERGE.compile(List.of(
                    release("late", "2025-03-01T12:00:00.500Z", "tenderUpdate", "'tender': {'id': 'T', 'status': 'complete'}"),
                    release("early", "2025-03-01T12:00:00Z", "tender", "'tender': {'id': 'T', 'status': 'active'}")));

            assertThat(compiled.at("/tender/status").asText()).isEqualTo("complete");
        }

        @Test
        void fieldsMarkedOmitWhenMergedAreLeftOut() {
            JsonNode compiled = MERGE.compile(List.of(release("ocds-x-1-0", D1, "planning", "")));

            assertThat(compiled).isEqualTo(json("{'tag': ['compiled'], 'id': 'ocds-x-1-" + D1 + "', 'date': '" + D1
                    + "', 'ocid': 'ocds-x-1', 'initiationType': 'tender'}"));
        }

        @Test
        void nullDeletesAField() {
            JsonNode compiled = MERGE.compile(List.of(
                    release("a", D1, "tender", "'tender': {'id': 'T', 'procurementMethod': 'selective', "
                            + "'value': {'amount': 10, 'currency': 'CLP'}}"),
                    release("b", D2, "tenderUpdate", "'tender': {'id': 'T', 'procurementMethod': null, 'value': null}")));

            assertThat(compiled.get("tender")).isEqualTo(json("{'id': 'T'}"));
        }

        @Test
        void objectsMergeFieldByField() {
            JsonNode compiled = MERGE.compile(List.of(
                    release("a", D1, "tender", "'tender': {'id': 'T', 'tenderPeriod': {'startDate': '" + D1 + "', "
                            + "'endDate': '" + D2 + "'}}"),
                    release("b", D2, "tenderAmendment", "'tender': {'id': 'T', 'tenderPeriod': {'endDate': '" + D3 + "'}}")));

            assertThat(compiled.at("/tender/tenderPeriod"))
                    .isEqualTo(json("{'startDate': '" + D1 + "', 'endDate': '" + D3 + "'}"));
        }

        @Test
        void arraysOfObjectsMergeById() {
            JsonNode compiled = MERGE.compile(List.of(
                    release("a", D1, "award", "'awards': [{'id': '1', 'status': 'pending', 'title': 'Lote 1'}, "
                            + "{'id': '2', 'status': 'pending'}]"),
                    release("b", D2, "awardUpdate", "'awards': [{'id': '2', 'status': 'active'}, "
                            + "{'id': '3', 'status': 'active'}]")));

            assertThat(compiled.get("awards")).isEqualTo(json("[{'id': '1', 'status': 'pending', 'title': 'Lote 1'}, "
                    + "{'id': '2', 'status': 'active'}, {'id': '3', 'status': 'active'}]"));
        }

        @Test
        void idsMatchByTheirTextAndKeepTheirFirstValue() {
            JsonNode compiled = MERGE.compile(List.of(
                    release("a", D1, "tender", "'tender': {'id': 'T', 'items': [{'id': 1, 'quantity': 1}]}"),
                    release("b", D2, "tenderUpdate", "'tender': {'id': 'T', 'items': [{'id': '1', 'quantity': 2}]}")));

            assertThat(compiled.at("/tender/items")).isEqualTo(json("[{'id': 1, 'quantity': 2}]"));
        }

        @Test
        void objectsWithoutIdAreAppended() {
            JsonNode compiled = MERGE.compile(List.of(
                    release("a", D1, "tenderAmendment", "'tender': {'id': 'T', 'amendments': [{'rationale': 'uno'}]}"),
                    release("b", D2, "tenderAmendment", "'tender': {'id': 'T', 'amendments': [{'rationale': 'dos'}]}")));

            assertThat(compiled.at("/tender/amendments"))
                    .isEqualTo(json("[{'rationale': 'uno'}, {'rationale': 'dos'}]"));
        }

        @Test
        void wholeListMergeArraysAreReplaced() {
            JsonNode compiled = MERGE.compile(List.of(
                    release("a", D1, "tender", "'parties': [{'id': 'P', 'additionalIdentifiers': "
                            + "[{'scheme': 'CL-RUT', 'id': '1-9'}, {'scheme': 'X', 'id': '2'}]}]"),
                    release("b", D2, "tenderUpdate", "'parties': [{'id': 'P', 'additionalIdentifiers': "
                            + "[{'scheme': 'X', 'id': '3'}]}]")));

            assertThat(compiled.at("/parties/0/additionalIdentifiers")).isEqualTo(json("[{'scheme': 'X', 'id': '3'}]"));
        }

        @Test
        void arraysOfStringsAreReplaced() {
            JsonNode compiled = MERGE.compile(List.of(
                    release("a", D1, "tender", "'parties': [{'id': 'P', 'roles': ['tenderer']}]"),
                    release("b", D2, "award", "'parties': [{'id': 'P', 'roles': ['supplier', 'tenderer']}]")));

            assertThat(compiled.get("parties")).isEqualTo(json("[{'id': 'P', 'roles': ['supplier', 'tenderer']}]"));
        }

        @Test
        void emptyObjectsAndEmptyIdentifierMergeArraysChangeNothing() {
            JsonNode compiled = MERGE.compile(List.of(
                    release("a", D1, "award", "'awards': [{'id': '10', 'title': 'Title'}], 'planning': {}"),
                    release("b", D2, "awardUpdate", "'awards': [], 'buyer': {}")));

            assertThat(compiled).isEqualTo(json("{'tag': ['compiled'], 'id': 'ocds-x-1-" + D2 + "', 'date': '" + D2
                    + "', 'ocid': 'ocds-x-1', 'initiationType': 'tender', 'awards': [{'id': '10', 'title': 'Title'}]}"));
        }

        @Test
        void anEmptyWholeListMergeArrayEmptiesTheList() {
            JsonNode compiled = MERGE.compile(List.of(
                    release("a", D1, "tender", "'parties': [{'id': '10', 'additionalIdentifiers': [{'id': '1'}]}]"),
                    release("b", D2, "tenderUpdate", "'parties': [{'id': '10', 'additionalIdentifiers': []}]")));

            assertThat(compiled.get("parties")).isEqualTo(json("[{'id': '10', 'additionalIdentifiers': []}]"));
        }

        @Test
        void theRulesComeFromTheSchema() {
            JsonNode schema = json("{'properties': {'id': {'type': 'string', 'omitWhenMerged': true}, "
                    + "'date': {'type': 'string', 'omitWhenMerged': true}, "
                    + "'tag': {'type': 'array', 'omitWhenMerged': true}, "
                    + "'bids': {'$ref': '#/definitions/Bids'}}, "
                    + "'definitions': {'Bids': {'type': 'object', 'properties': "
                    + "{'details': {'type': 'array', 'wholeListMerge': true, 'items': {'type': 'object'}}}}}}");
            List<JsonNode> releases = List.of(
                    release("a", D1, "tenderUpdate", "'bids': {'details': [{'id': 'b1', 'status': 'pending'}]}"),
                    release("b", D2, "tenderUpdate", "'bids': {'details': [{'id': 'b2', 'status': 'pending'}]}"));

            assertThat(OcdsMerge.fromSchema(schema).compile(releases).at("/bids/details"))
                    .isEqualTo(json("[{'id': 'b2', 'status': 'pending'}]"));
            // the official schema knows no bids (an extension): objects with ids merge by id
            assertThat(MERGE.compile(releases).at("/bids/details"))
                    .isEqualTo(json("[{'id': 'b1', 'status': 'pending'}, {'id': 'b2', 'status': 'pending'}]"));
        }
    }

    @Nested
    class Versioned {

        private static String origin(String id, String date, String tag) {
            return "'releaseID': '" + id + "', 'releaseDate': '" + date + "', 'releaseTag': ['" + tag + "']";
        }

        @Test
        void everyFieldKeepsTheValuesItHadAndTheReleasesThatSetThem() {
            JsonNode versioned = MERGE.versioned(List.of(
                    release("r1", D1, "tender", "'tender': {'id': 'T', 'status': 'active', "
                            + "'items': [{'id': '1', 'quantity': 1}], 'procuringEntity': {'id': 'P', 'name': 'Muni'}}"),
                    release("r2", D2, "tenderUpdate", "'tender': {'id': 'T', 'status': 'active', "
                            + "'items': [{'id': '1', 'quantity': 2}, {'id': '2', 'quantity': 1}]}"),
                    release("r3", D3, "tenderUpdate", "'tender': {'id': 'T', 'status': null}")));

            String r1 = origin("r1", D1, "tender");
            String r2 = origin("r2", D2, "tenderUpdate");
            String r3 = origin("r3", D3, "tenderUpdate");
            assertThat(versioned).isEqualTo(json("{'ocid': 'ocds-x-1', "
                    + "'initiationType': [{" + r1 + ", 'value': 'tender'}], "
                    + "'tender': {"
                    + "'id': [{" + r1 + ", 'value': 'T'}], "
                    + "'status': [{" + r1 + ", 'value': 'active'}, {" + r3 + ", 'value': null}], "
                    + "'items': [{'id': '1', 'quantity': [{" + r1 + ", 'value': 1}, {" + r2 + ", 'value': 2}]}, "
                    + "{'id': '2', 'quantity': [{" + r2 + ", 'value': 1}]}], "
                    + "'procuringEntity': {'id': [{" + r1 + ", 'value': 'P'}], 'name': [{" + r1 + ", 'value': 'Muni'}]}"
                    + "}}"));
        }

        @Test
        void wholeListsAreVersionedAsOneValue() {
            JsonNode versioned = MERGE.versioned(List.of(
                    release("r1", D1, "tender", "'parties': [{'id': 'P', 'roles': ['tenderer']}]"),
                    release("r2", D2, "award", "'parties': [{'id': 'P', 'roles': ['tenderer']}]"),
                    release("r3", D3, "award", "'parties': [{'id': 'P', 'roles': ['tenderer', 'supplier']}]")));

            assertThat(versioned.at("/parties/0")).isEqualTo(json("{'id': 'P', 'roles': ["
                    + "{" + origin("r1", D1, "tender") + ", 'value': ['tenderer']}, "
                    + "{" + origin("r3", D3, "award") + ", 'value': ['tenderer', 'supplier']}]}"));
        }
    }
}
