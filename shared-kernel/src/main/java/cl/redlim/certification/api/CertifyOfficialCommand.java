package cl.redlim.certification.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Certifies the official: only when every module is done and the assessment is passed. {@code credentialId}
 * ({@code urn:uuid:…}) names the credential to issue, so the caller can answer with its address; when null the
 * aggregate derives one from the certification and the number.
 */
public record CertifyOfficialCommand(@TargetAggregateIdentifier String certificationId, Instant certifiedAt,
                                     String credentialId) {

    public CertifyOfficialCommand(String certificationId, Instant certifiedAt) {
        this(certificationId, certifiedAt, null);
    }
}
