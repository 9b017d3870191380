package cl.redlim.fund.query.web;

import cl.redlim.fund.api.GrantListView;
import cl.redlim.fund.api.GrantRecordView;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.util.List;

/** Grant records as CSV with 360Giving's column titles, so 360Giving tools read the file as it is. */
final class GrantCsv {

    private static final List<String> COLUMNS = List.of("Identifier", "Title", "Description", "Currency",
            "Amount Applied For", "Amount Awarded", "Amount Disbursed", "Award Date", "Recipient Org:Identifier",
            "Recipient Org:Name", "Funding Org:Identifier", "Funding Org:Name", "Grant Programme:Code",
            "Grant Programme:Title", "Beneficiary Location:Geographic Code", "Beneficiary Location:Name",
            "Beneficiary Location:Region", "Status");

    private static final CsvMapper MAPPER = new CsvMapper();
    private static final CsvSchema SCHEMA;

    static {
        CsvSchema.Builder builder = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(builder::addColumn);
        SCHEMA = builder.build();
    }

    private GrantCsv() {
    }

    static String write(GrantListView grants) {
        List<Object[]> rows = grants.grants().stream().map(GrantCsv::row).toList();
        try {
            return MAPPER.writer(SCHEMA).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object[] row(GrantRecordView g) {
        return new Object[]{g.id(), g.title(), g.description(), g.currency(), g.amountAppliedFor(),
                g.amountAwarded(), g.amountDisbursed(), g.awardDate().toString(), g.recipientOrganizationId(),
                g.recipientOrganizationName(), g.fundingOrganizationId(), g.fundingOrganizationName(),
                g.grantProgrammeCode(), g.grantProgrammeTitle(), g.beneficiaryLocationCode(),
                g.beneficiaryLocationName(), g.beneficiaryLocationRegion(), g.status()};
    }
}
