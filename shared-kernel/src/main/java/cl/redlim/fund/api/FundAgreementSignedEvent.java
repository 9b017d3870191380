package cl.redlim.fund.api;

import java.time.Instant;

public record FundAgreementSignedEvent(String applicationId, String agreementReference, Instant signedAt) {
}
