package cl.redlim.procurement.query.ocds;

import cl.redlim.procurement.query.ocds.OcdsValidator.Report;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The validator finds what is wrong: a test that cannot fail would prove nothing about the packages. */
class OcdsValidatorTest {

    private static final OcdsValidator VALIDATOR = OcdsValidator.instance();

    private static String release(String fields) {
        return "{'ocid': 'ocds-redlim-1', 'id': 'ocds-redlim-1-0', 'date': '2025-03-01T12:00:00.000Z', "
                + "'tag': ['planning'], 'initiationType': 'tender'" + (fields.isEmpty() ? "" : ", " + fields) + "}";
    }

    private static String releasePackage(String release) {
        return ("{'uri': 'https://redlim.example.cl/api/v1/public/ocds/releases/ocds-redlim-1', 'version': '1.1', "
                + "'publishedDate': '2025-03-01T12:00:00.000Z', 'publisher': {'name': 'RedLIM'}, "
                + "'releases': [" + release + "]}").replace('\'', '"');
    }

    private static String recordPackage(String compiledRelease) {
        return ("{'uri': 'https://redlim.example.cl/r', 'version': '1.1', "
                + "'publishedDate': '2025-03-01T12:00:00.000Z', 'publisher': {'name': 'RedLIM'}, "
                + "'records': [{'ocid': 'ocds-redlim-1', 'releases': [{'url': 'https://redlim.example.cl/x#1', "
                + "'date': '2025-03-01T12:00:00.000Z', 'tag': ['planning']}], 'compiledRelease': " + compiledRelease
                + "}]}").replace('\'', '"');
    }

    @Test
    void aValidPackageIsClean() {
        Report report = VALIDATOR.validateReleasePackage(releasePackage(release("'tender': {'id': 'T', "
                + "'status': 'planning', 'procurementMethod': 'open', 'documents': [{'id': 'd', "
                + "'documentType': 'marketStudies'}]}")));

        assertThat(report.clean()).as(report.toString()).isTrue();
    }

    @Test
    void aMissingRequiredFieldIsAnError() {
        Report report = VALIDATOR.validateReleasePackage(releasePackage(release("").replace("'initiationType': 'tender'",
                "'language': 'es'")));

        assertThat(report.errors()).anyMatch(e -> e.contains("initiationType"));
    }

    @Test
    void aValueOutsideAClosedCodelistIsAnError() {
        Report report = VALIDATOR.validateReleasePackage(releasePackage(release("'tender': {'id': 'T', "
                + "'status': 'desierta'}")));

        assertThat(report.errors()).anyMatch(e -> e.startsWith("codelist:") && e.contains("tenderStatus.csv"))
                .anyMatch(e -> e.startsWith("schema:"));
    }

    @Test
    void aValueOutsideAnOpenCodelistIsAWarning() {
        Report report = VALIDATOR.validateReleasePackage(releasePackage(release("'tender': {'id': 'T', "
                + "'documents': [{'id': 'd', 'documentType': 'ordenDeCompra'}]}, 'parties': [{'id': 'P', "
                + "'roles': ['buyer', 'comprador']}]")));

        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).hasSize(2)
                .anyMatch(w -> w.contains("documentType") && w.contains("ordenDeCompra"))
                .anyMatch(w -> w.contains("partyRole.csv") && w.contains("comprador"));
    }

    @Test
    void formatsAreAsserted() {
        Report badDate = VALIDATOR.validateReleasePackage(releasePackage(release("").replace(
                "2025-03-01T12:00:00.000Z', 'tag'", "1 de marzo', 'tag'")));
        Report badUri = VALIDATOR.validateReleasePackage(releasePackage(release("'tender': {'id': 'T', "
                + "'documents': [{'id': 'd', 'url': 'anexo económico.pdf'}]}")));

        assertThat(badDate.errors()).anyMatch(e -> e.contains("date-time"));
        assertThat(badUri.errors()).anyMatch(e -> e.contains("uri"));
    }

    @Test
    void theReleaseSchemaIsReachedFromTheRecordPackageSchema() {
        Report report = VALIDATOR.validateRecordPackage(recordPackage(release("'awards': [{'status': 'active'}]")));

        assertThat(report.errors()).as("an award needs an id").anyMatch(e -> e.contains("id"));
        assertThat(VALIDATOR.validateRecordPackage(recordPackage(release("").replace("'planning'", "'compiled'")))
                .clean()).isTrue();
    }

    @Test
    void bidStatusesComeFromTheBidsExtensionsCodelist() {
        Report report = VALIDATOR.validateReleasePackage(releasePackage(release("'bids': {'details': ["
                + "{'id': 'b1', 'status': 'pending'}, {'id': 'b2', 'status': 'admissible'}]}")));

        assertThat(report.errors()).hasSize(1).allMatch(e -> e.contains("admissible") && e.contains("bidStatus"));
    }

    @Test
    void everyCodelistIsReadFromItsCsv() {
        assertThat(VALIDATOR.codelist("releaseTag.csv")).contains("planning", "compiled").hasSize(16);
        assertThat(VALIDATOR.codelist("currency.csv")).contains("CLP");
        assertThat(VALIDATOR.codelist("documentType.csv")).contains("evaluationReports", "cancellationDetails",
                "contractArrangements", "marketStudies", "submissionDocuments");
    }
}
