package cl.redlim.certification.command;

import cl.redlim.access.api.Actor;
import cl.redlim.certification.credential.CertificateFacts;
import cl.redlim.certification.credential.CredentialIssuer;
import cl.redlim.certification.credential.IssuedCredential;
import cl.redlim.certification.api.*;
import cl.redlim.kernel.Checks;
import cl.redlim.kernel.CommuneCode;
import cl.redlim.kernel.ErrorCode;
import cl.redlim.kernel.Rut;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static cl.redlim.certification.api.CertificationStatus.*;
import static cl.redlim.kernel.Checks.refused;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One official's certification in one programme: enrolment under the requirements version then in force, modules
 * with evidence, a limited number of assessment attempts, the certificate (a credential id and a status-list index
 * each time one is issued), its expiry, renewal and revocation, or a withdrawal before it.
 * <p>
 * Integrators act for the official's current municipality (checked here); the programme's steps (assessment,
 * certificate, renewal, revocation, expiry) are national and left to the endpoint roles.
 */
@Aggregate(commandTargetResolver = "metaDataVersionTargetResolver")
class Certification {

    /** Validity runs in Chile's calendar months. */
    static final ZoneId CHILE = ZoneId.of("America/Santiago");

    @AggregateIdentifier
    private String certificationId;
    private String programmeId;
    private String programmeTitle;
    private int requirementsVersion;
    private ProgrammeRequirements requirements;
    private Rut rut;
    private String officialName;
    private CommuneCode municipality;
    private Instant enrolledAt;
    private final Set<String> completed = new HashSet<>();
    private int attempts;
    private boolean passed;
    private CertificationStatus status;
    private int issued;
    private IssuedCertificate certificate;

    protected Certification() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(EnrolOfficialCommand command, Actor actor, Officials officials, Programmes programmes) {
        if (status != null) {
            throw refused(ErrorCode.ALREADY_ENROLLED, "Official " + rut + " is enrolled in programme "
                    + programmeId + " already");
        }
        Checks.text(command.programmeId(), "The programme");
        Checks.present(command.rut(), "The RUT");
        if (!CertificationId.of(command.programmeId(), command.rut()).equals(command.certificationId())) {
            throw refused(ErrorCode.VALIDATION_FAILED, "The certification's id is "
                    + CertificationId.of(command.programmeId(), command.rut()));
        }
        Officials.Profile official = officials.find(command.rut()).orElseThrow(() -> refused(
                ErrorCode.UNKNOWN_OFFICIAL, "No official " + command.rut() + " is registered"));
        actor.requireMayActFor(official.municipality());
        Programmes.Current programme = programmes.find(command.programmeId()).orElseThrow(() -> refused(
                ErrorCode.UNKNOWN_PROGRAMME, "No programme " + command.programmeId() + " is defined"));
        Checks.text(command.cohort(), "The cohort");
        Checks.present(command.startDate(), "The start date");
        Checks.present(command.enrolledAt(), "The instant");
        apply(new OfficialEnrolledEvent(command.certificationId(), programme.programmeId(), programme.title(),
                programme.version(), programme.requirements(), official.rut(), official.name(),
                official.municipality(), command.cohort().strip(), command.startDate(), command.enrolledAt()));
    }

    @CommandHandler
    void handle(CompleteModuleCommand command, Actor actor, Officials officials) {
        actor.requireMayActFor(currentMunicipality(officials));
        requireInProgress();
        ModuleRequirement module = requirements.modules().stream()
                .filter(m -> m.moduleId().equals(command.moduleId())).findFirst()
                .orElseThrow(() -> refused(ErrorCode.UNKNOWN_MODULE, "Version " + requirementsVersion
                        + " of programme " + programmeId + " has no module " + command.moduleId()));
        if (completed.contains(module.moduleId())) {
            throw refused(ErrorCode.MODULE_ALREADY_COMPLETED, "Module " + module.moduleId() + " is completed");
        }
        Checks.text(command.evidence(), "The evidence");
        Checks.text(command.instructor(), "The instructor");
        Checks.present(command.completedAt(), "The instant");
        apply(new ModuleCompletedEvent(certificationId, module.moduleId(), module.hours(), command.evidence().strip(),
                command.instructor().strip(), command.completedAt()));
    }

    @CommandHandler
    void handle(SitAssessmentCommand command) {
        requireInProgress();
        if (passed) {
            throw refused(ErrorCode.ASSESSMENT_ALREADY_PASSED, "The assessment is passed already");
        }
        AssessmentRule rule = requirements.assessment();
        if (attempts >= rule.maxAttempts()) {
            throw refused(ErrorCode.ASSESSMENT_ATTEMPTS_EXHAUSTED, "All " + rule.maxAttempts()
                    + " attempts are used");
        }
        if (command.score() < 0 || command.score() > 100) {
            throw refused(ErrorCode.VALIDATION_FAILED, "A score is 0 to 100");
        }
        Checks.present(command.assessedAt(), "The instant");
        apply(new AssessmentSatEvent(certificationId, attempts + 1, command.score(), rule.passMark(),
                command.score() >= rule.passMark(), command.assessedAt()));
    }

    @CommandHandler
    void handle(CertifyOfficialCommand command, Officials officials, StatusLists statusLists,
                CredentialIssuer credentials) {
        requireInProgress();
        List<String> pending = requirements.modules().stream().map(ModuleRequirement::moduleId)
                .filter(id -> !completed.contains(id)).toList();
        if (!pending.isEmpty()) {
            throw refused(ErrorCode.CERTIFICATION_REQUIREMENTS_NOT_MET, "Modules pending: "
                    + String.join(", ", pending));
        }
        if (!passed) {
            throw refused(ErrorCode.CERTIFICATION_REQUIREMENTS_NOT_MET, "The assessment is not passed");
        }
        Checks.present(command.certifiedAt(), "The instant");
        Instant validUntil = command.certifiedAt().atZone(CHILE).plusMonths(requirements.validityMonths())
                .toInstant();
        IssuedCertificate certificate = issue(command.credentialId(), command.certifiedAt(), validUntil, officials,
                statusLists);
        apply(new OfficialCertifiedEvent(certificationId, certificate, enrolledAt, sign(certificate, credentials)));
    }

    @CommandHandler
    void handle(RecordCertificateExpiryCommand command) {
        if (status == EXPIRED || status == REVOKED) {
            return; // recorded already, or ended otherwise: the sweeper may ask again, nothing happens
        }
        requireHolder();
        Checks.present(command.recordedAt(), "The instant");
        if (command.recordedAt().isBefore(certificate.validUntil())) {
            throw refused(ErrorCode.CERTIFICATE_STILL_VALID, "Certificate " + certificate.credentialId()
                    + " is valid until " + certificate.validUntil());
        }
        apply(new CertificateExpiredEvent(certificationId, certificate.credentialId(), certificate.validUntil(),
                command.recordedAt()));
    }

    @CommandHandler
    void handle(RenewCertificateCommand command, Officials officials, StatusLists statusLists,
                CredentialIssuer credentials) {
        requireValid(command.renewedAt());
        RenewalRule rule = requirements.renewal();
        Instant opens = certificate.validUntil().minus(Duration.ofDays(rule.windowDays()));
        if (command.renewedAt().isBefore(opens)) {
            throw refused(ErrorCode.RENEWAL_NOT_OPEN, "Renewal of certificate " + certificate.credentialId()
                    + " opens at " + opens);
        }
        if (command.continuingEducationHours() < rule.continuingEducationHours()) {
            throw refused(ErrorCode.RENEWAL_REQUIREMENTS_NOT_MET, "Renewal needs "
                    + rule.continuingEducationHours() + " hours of continuing education, not "
                    + command.continuingEducationHours());
        }
        if (rule.continuingEducationHours() > 0 && (command.evidence() == null || command.evidence().isBlank())) {
            throw refused(ErrorCode.RENEWAL_REQUIREMENTS_NOT_MET, "Renewal needs evidence of the continuing "
                    + "education");
        }
        Instant validUntil = certificate.validUntil().atZone(CHILE).plusMonths(requirements.validityMonths())
                .toInstant();
        IssuedCertificate renewed = issue(command.credentialId(), command.renewedAt(), validUntil, officials,
                statusLists);
        apply(new CertificateRenewedEvent(certificationId, certificate.credentialId(),
                command.continuingEducationHours(), Checks.blankToNull(command.evidence()), renewed,
                command.renewedAt(), sign(renewed, credentials)));
    }

    @CommandHandler
    void handle(RevokeCertificateCommand command, Actor actor) {
        Checks.present(command.revokedAt(), "The instant");
        requireValid(command.revokedAt());
        Checks.text(command.reason(), "The reason");
        apply(new CertificateRevokedEvent(certificationId, certificate.credentialId(), certificate.statusListId(),
                certificate.statusListIndex(), command.reason().strip(), actor.principal(), command.revokedAt()));
    }

    @CommandHandler
    void handle(WithdrawFromCertificationCommand command, Actor actor, Officials officials) {
        actor.requireMayActFor(currentMunicipality(officials));
        requireInProgress();
        Checks.present(command.kind(), "The kind of withdrawal");
        Checks.text(command.reason(), "The reason");
        Checks.present(command.withdrawnAt(), "The instant");
        apply(new CertificationWithdrawnEvent(certificationId, command.kind(), command.reason().strip(),
                command.withdrawnAt()));
    }

    /**
     * A new certificate: the official as they are now, a credential id of its own (the caller's, or derived), a free
     * status-list index.
     */
    private IssuedCertificate issue(String requestedId, Instant issuedAt, Instant validUntil, Officials officials,
                                    StatusLists statusLists) {
        Officials.Profile official = officials.find(rut).orElse(new Officials.Profile(rut, officialName,
                municipality));
        String credentialId = requestedId == null ? credentialId(certificationId, issued + 1)
                : requestedCredentialId(requestedId);
        StatusListEntry entry = statusLists.allocate(new AllocateStatusListIndexCommand(
                StatusListId.of(StatusLists.CURRENT), certificationId, credentialId, issuedAt));
        return new IssuedCertificate(credentialId, entry.statusListId(), entry.index(), rut, official.name(),
                official.municipality(), programmeId, programmeTitle, requirementsVersion, issuedAt, validUntil);
    }

    /**
     * The certificate as a credential signed by the issuer, in this unit of work: if signing fails nothing is
     * recorded (and the status-list index is not taken either).
     */
    private String sign(IssuedCertificate certificate, CredentialIssuer credentials) {
        if (!StatusListId.of(StatusLists.CURRENT).equals(certificate.statusListId())) {
            // the credential component publishes one revocation list; a second list needs a second URL there first
            throw new IllegalStateException("no published revocation list for " + certificate.statusListId());
        }
        IssuedCredential signed = credentials.issue(new CertificateFacts(
                UUID.fromString(certificate.credentialId().substring("urn:uuid:".length())),
                certificate.officialName(), certificate.rut().value(), programmeId, programmeTitle,
                certificate.requirementsVersion(), criteria(requirements), certificate.issuedAt(),
                certificate.validUntil(), Math.toIntExact(certificate.statusListIndex())));
        return signed.jwt();
    }

    /** What earning the certificate took, in words, signed into the credential's achievement criteria. */
    static String criteria(ProgrammeRequirements requirements) {
        StringBuilder text = new StringBuilder("Módulos aprobados: ");
        text.append(String.join("; ", requirements.modules().stream()
                .map(m -> m.name() + " (" + m.hours() + " h)").toList()));
        text.append(". Total: ").append(requirements.totalHours()).append(" horas. Evaluación final aprobada con ")
                .append(requirements.assessment().passMark()).append(" de 100 puntos o más.");
        return text.toString();
    }

    /**
     * The id of the certification's n-th credential: derived, not random, so a retried command and a replay name the
     * same credential. It says nothing of the official (a name-based UUID).
     */
    static String credentialId(String certificationId, int n) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("credential:" + certificationId + ":" + n)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** A caller's credential id: {@code urn:uuid:} and a UUID, nothing else (it is signed into the credential). */
    private static String requestedCredentialId(String id) {
        String prefix = "urn:uuid:";
        try {
            if (id.startsWith(prefix)) {
                return prefix + UUID.fromString(id.substring(prefix.length()));
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw refused(ErrorCode.VALIDATION_FAILED, "A credential id is urn:uuid: and a UUID");
    }

    private CommuneCode currentMunicipality(Officials officials) {
        return officials.find(rut).map(Officials.Profile::municipality).orElse(municipality);
    }

    private void requireInProgress() {
        if (status == WITHDRAWN || status == DROPPED_OUT) {
            throw refused(ErrorCode.CERTIFICATION_CLOSED, "The enrolment ended: " + status);
        }
        if (status != IN_PROGRESS) {
            throw refused(ErrorCode.ALREADY_CERTIFIED, "Official " + rut + " is certified already (" + status + ")");
        }
    }

    private void requireHolder() {
        if (certificate == null) {
            throw refused(ErrorCode.NOT_CERTIFIED, "Official " + rut + " holds no certificate of programme "
                    + programmeId);
        }
    }

    /** A certificate that is neither revoked nor expired at {@code at}, whether or not its expiry is recorded. */
    private void requireValid(Instant at) {
        requireHolder();
        if (status == REVOKED) {
            throw refused(ErrorCode.CERTIFICATE_REVOKED, "Certificate " + certificate.credentialId()
                    + " is revoked");
        }
        Checks.present(at, "The instant");
        if (status == EXPIRED || !at.isBefore(certificate.validUntil())) {
            throw refused(ErrorCode.CERTIFICATE_EXPIRED, "Certificate " + certificate.credentialId()
                    + " expired at " + certificate.validUntil());
        }
    }

    @EventSourcingHandler
    void on(OfficialEnrolledEvent event) {
        this.certificationId = event.certificationId();
        this.programmeId = event.programmeId();
        this.programmeTitle = event.programmeTitle();
        this.requirementsVersion = event.requirementsVersion();
        this.requirements = event.requirements();
        this.rut = event.rut();
        this.officialName = event.officialName();
        this.municipality = event.municipality();
        this.enrolledAt = event.enrolledAt();
        this.status = IN_PROGRESS;
    }

    @EventSourcingHandler
    void on(ModuleCompletedEvent event) {
        completed.add(event.moduleId());
    }

    @EventSourcingHandler
    void on(AssessmentSatEvent event) {
        this.attempts = event.attempt();
        this.passed = event.passed();
    }

    @EventSourcingHandler
    void on(OfficialCertifiedEvent event) {
        this.status = CERTIFIED;
        this.issued++;
        this.certificate = event.certificate();
    }

    @EventSourcingHandler
    void on(CertificateRenewedEvent event) {
        this.status = CERTIFIED;
        this.issued++;
        this.certificate = event.certificate();
    }

    @EventSourcingHandler
    void on(CertificateExpiredEvent event) {
        this.status = EXPIRED;
    }

    @EventSourcingHandler
    void on(CertificateRevokedEvent event) {
        this.status = REVOKED;
    }

    @EventSourcingHandler
    void on(CertificationWithdrawnEvent event) {
        this.status = event.kind() == WithdrawalKind.DROPPED_OUT ? DROPPED_OUT : WITHDRAWN;
    }
}
