package cl.redlim.fund.api;

import java.time.LocalDate;

/**
 * A grant in the shape of the 360Giving standard's core fields. Location is given by CUT commune code, the
 * official Chilean geography.
 */
public record GrantRecordView(String id, String title, String description, String currency, long amountAppliedFor,
                              long amountAwarded, long amountDisbursed, LocalDate awardDate,
                              String recipientOrganizationId, String recipientOrganizationName,
                              String fundingOrganizationId, String fundingOrganizationName, String grantProgrammeCode,
                              String grantProgrammeTitle, String beneficiaryLocationCode,
                              String beneficiaryLocationName, String beneficiaryLocationRegion, String status) {
}
