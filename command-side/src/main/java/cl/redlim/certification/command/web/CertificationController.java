package cl.redlim.certification.command.web;

import cl.redlim.certification.api.*;
import cl.redlim.certification.command.web.CertificationRequests.*;
import cl.redlim.certification.credential.CredentialLinks;
import cl.redlim.kernel.CommuneCode;
import cl.redlim.kernel.Rut;
import cl.redlim.platform.web.CommandSender;
import cl.redlim.platform.web.CommandSender.Created;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Certification commands", description = "Public-innovation agents: programmes and their versioned "
        + "requirements, officials, enrolments, modules, assessment, certificates, renewal, revocation")
class CertificationController {

    /** Where an issued credential is served (the public credential API). */
    private static final String CREDENTIALS = CredentialLinks.BASE + "/";

    private final CommandSender commands;
    private final Clock clock;

    CertificationController(CommandSender commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @PostMapping("/certification-programmes")
    @Operation(summary = "Define a programme (administrator): modules with hours, the assessment's pass mark and "
            + "attempts, the certificate's validity in months, what renewal takes. This is version 1")
    ResponseEntity<Created> define(@Valid @RequestBody ProgrammeRequest request) {
        return commands.created(new DefineProgrammeCommand(request.programmeId(), request.title(),
                request.description(), request.requirements().toRequirements(), clock.instant()),
                request.programmeId(), "/api/v1/public/certification-programmes/" + request.programmeId());
    }

    @PostMapping("/certification-programmes/{programmeId}/revisions")
    @Operation(summary = "Publish a new version of the programme's requirements (administrator); enrolments from now "
            + "on take it, earlier ones keep theirs")
    ResponseEntity<Void> revise(@PathVariable String programmeId, @Valid @RequestBody RevisionRequest request) {
        return commands.done(new ReviseProgrammeRequirementsCommand(programmeId,
                request.requirements().toRequirements(), request.note(), clock.instant()));
    }

    @PostMapping("/officials")
    @Operation(summary = "Register an official of the integrator's municipality, identified by RUT; the id answered "
            + "is the normalised RUT")
    ResponseEntity<Created> register(@Valid @RequestBody OfficialRequest request) {
        Rut rut = Rut.of(request.rut());
        return commands.created(new RegisterOfficialCommand(OfficialId.of(rut), rut, request.name(),
                CommuneCode.of(request.municipality()), request.position(), clock.instant()), rut.value(), null);
    }

    @PostMapping("/officials/{rut}/transfer")
    @Operation(summary = "Record that the official now works at the integrator's municipality (sent by the new one)")
    ResponseEntity<Void> transfer(@PathVariable String rut, @Valid @RequestBody TransferRequest request) {
        return commands.done(new TransferOfficialCommand(OfficialId.of(Rut.of(rut)),
                CommuneCode.of(request.toMunicipality()), request.position(), request.effectiveOn(),
                clock.instant()));
    }

    @PostMapping("/certifications")
    @Operation(summary = "Enrol a registered official of the integrator's municipality in a programme, in a cohort; "
            + "one certification per official per programme (its id is derived from both)")
    ResponseEntity<Created> enrol(@Valid @RequestBody EnrolmentRequest request) {
        Rut rut = Rut.of(request.rut());
        String id = CertificationId.of(request.programmeId(), rut);
        return commands.created(new EnrolOfficialCommand(id, request.programmeId(), rut, request.cohort(),
                request.startDate(), clock.instant()), id, null);
    }

    @PostMapping("/certifications/{id}/modules")
    @Operation(summary = "Record a module completed, with its evidence and instructor (the official's municipality)")
    ResponseEntity<Void> completeModule(@PathVariable UUID id, @Valid @RequestBody ModuleCompletionRequest request) {
        return commands.done(new CompleteModuleCommand(id.toString(), request.moduleId(), request.evidence(),
                request.instructor(), clock.instant()));
    }

    @PostMapping("/certifications/{id}/withdrawal")
    @Operation(summary = "The official or their municipality withdraws from the programme before certification")
    ResponseEntity<Void> withdraw(@PathVariable UUID id, @Valid @RequestBody ReasonRequest request) {
        return commands.done(new WithdrawFromCertificationCommand(id.toString(), WithdrawalKind.WITHDRAWN,
                request.reason(), clock.instant()));
    }

    @PostMapping("/certifications/{id}/drop-out")
    @Operation(summary = "The programme records a drop-out (administrator)")
    ResponseEntity<Void> dropOut(@PathVariable UUID id, @Valid @RequestBody ReasonRequest request) {
        return commands.done(new WithdrawFromCertificationCommand(id.toString(), WithdrawalKind.DROPPED_OUT,
                request.reason(), clock.instant()));
    }

    @PostMapping("/certifications/{id}/assessments")
    @Operation(summary = "Record a sitting of the assessment and its score 0-100 (administrator); attempts are limited")
    ResponseEntity<Void> assess(@PathVariable UUID id, @Valid @RequestBody AssessmentRequest request) {
        return commands.done(new SitAssessmentCommand(id.toString(), request.score(), clock.instant()));
    }

    @PostMapping("/certifications/{id}/certificate")
    @Operation(summary = "Certify (administrator): only when every module is done and the assessment is passed; "
            + "issues the certificate as a signed credential. 201 with the credential's id; Location is the public "
            + "credential (JSON and VC-JWT), to hand to the holder")
    ResponseEntity<Created> certify(@PathVariable UUID id) {
        UUID credential = UUID.randomUUID();
        return commands.created(new CertifyOfficialCommand(id.toString(), clock.instant(), "urn:uuid:" + credential),
                credential.toString(), CREDENTIALS + credential);
    }

    @PostMapping("/certifications/{id}/renewal")
    @Operation(summary = "Renew a valid certificate within its renewal window, with the continuing-education hours "
            + "the enrolment's requirements ask (administrator). 201 with the new credential's id; Location is the "
            + "public credential")
    ResponseEntity<Created> renew(@PathVariable UUID id, @Valid @RequestBody RenewalRequest request) {
        UUID credential = UUID.randomUUID();
        return commands.created(new RenewCertificateCommand(id.toString(), request.continuingEducationHours(),
                request.evidence(), clock.instant(), "urn:uuid:" + credential), credential.toString(),
                CREDENTIALS + credential);
    }

    @PostMapping("/certifications/{id}/revocation")
    @Operation(summary = "Revoke the current certificate (administrator); the reason is for auditors only")
    ResponseEntity<Void> revoke(@PathVariable UUID id, @Valid @RequestBody ReasonRequest request) {
        return commands.done(new RevokeCertificateCommand(id.toString(), request.reason(), clock.instant()));
    }
}
