package cl.redlim.certification.credential.web;

import cl.redlim.certification.api.CredentialView;
import cl.redlim.certification.api.FindCredentialQuery;
import cl.redlim.certification.credential.CredentialChecks;
import cl.redlim.certification.credential.CredentialIssuer;
import cl.redlim.certification.credential.CredentialLinks;
import cl.redlim.certification.credential.IssuerKey;
import cl.redlim.certification.credential.QrCodes;
import cl.redlim.certification.credential.RevocationList;
import cl.redlim.certification.credential.Verification;
import cl.redlim.certification.credential.Vocabulary;
import cl.redlim.kernel.DomainException;
import cl.redlim.kernel.ErrorCode;
import com.nimbusds.jose.JWSObject;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.text.ParseException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * What anyone needs to check a certificate: the issuer, its public key, its revocation list, a verifier, and each
 * issued certificate (JSON and VC-JWT, its QR code, its verification). These live on the command side, which holds
 * the issuer's key and the revocation list, so the whole {@code /api/v1/public/credentials} prefix is one service;
 * the issued credentials themselves come from the query side's credential read model (query bus).
 */
@RestController
@Tag(name = "Credentials", description = "Certificates as verifiable credentials: issuer key, revocation list, verifier")
class PublicCredentialController {

    private final IssuerKey key;
    private final CredentialIssuer issuer;
    private final CredentialLinks links;
    private final RevocationList revocations;
    private final CredentialChecks checks;
    private final QueryGateway queries;

    PublicCredentialController(IssuerKey key, CredentialIssuer issuer, CredentialLinks links,
                               RevocationList revocations, CredentialChecks checks, QueryGateway queries) {
        this.queries = queries;
        this.key = key;
        this.issuer = issuer;
        this.links = links;
        this.revocations = revocations;
        this.checks = checks;
    }

    @GetMapping(value = CredentialLinks.ISSUER, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The issuer of certificates (Open Badges Profile), with where its public key is")
    Map<String, Object> issuer() {
        Map<String, Object> profile = new LinkedHashMap<>(issuer.issuerProfile());
        profile.put("publicKeys", links.jwks());
        profile.put("revocationList", links.revocationList());
        return profile;
    }

    @GetMapping(value = CredentialLinks.JWKS, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The issuer's public keys (JWK set): what the offline verifier needs besides the credential")
    ResponseEntity<Map<String, Object>> jwks() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .body(key.publicJwks().toJSONObject(true));
    }

    @GetMapping(value = CredentialLinks.REVOCATION_LIST, produces = Vocabulary.MEDIA_TYPE)
    @Operation(summary = "The revocation list: a Bitstring Status List credential, signed (VC-JWT)")
    ResponseEntity<String> revocationList() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .contentType(MediaType.parseMediaType(Vocabulary.MEDIA_TYPE)).body(revocations.current());
    }

    @PostMapping(value = CredentialLinks.VERIFICATIONS, consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Verifies a certificate: signature, validity dates and revocation status. Always 200: "
            + "the outcome says whether it may be relied on")
    Verification verify(@Valid @RequestBody VerifyCredentialRequest request) {
        return checks.verify(request.credential());
    }

    @GetMapping(value = CredentialLinks.BASE + "/{credentialId}", produces = {MediaType.APPLICATION_JSON_VALUE,
            Vocabulary.MEDIA_TYPE})
    @Operation(summary = "An issued certificate: the credential as JSON with its VC-JWT (the certificate itself), or "
            + "only the VC-JWT with Accept: application/vc+jwt")
    ResponseEntity<?> credential(@Parameter(description = "the credential's UUID (its id without urn:uuid:)")
                                 @PathVariable UUID credentialId,
                                 @RequestHeader(value = "Accept",
                                         required = false) String accept) {
        CredentialView view = find(credentialId);
        if (accept != null && accept.contains(Vocabulary.MEDIA_TYPE) && !accept.contains(MediaType.APPLICATION_JSON_VALUE)) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(Vocabulary.MEDIA_TYPE)).body(view.jwt());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", view.credentialId());
        body.put("credential", payload(view.jwt()));
        body.put("jwt", view.jwt());
        body.put("verification", links.verification(credentialId));
        body.put("qrCode", links.verification(credentialId).replaceFirst("/verification$", "/qr.png"));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    @GetMapping(value = CredentialLinks.BASE + "/{credentialId}/qr.png", produces = QrCodes.MEDIA_TYPE)
    @Operation(summary = "The certificate's QR code (PNG): it encodes the certificate's verification URL")
    ResponseEntity<byte[]> qrCode(@PathVariable UUID credentialId) {
        find(credentialId);
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .contentType(MediaType.IMAGE_PNG).body(QrCodes.png(links.verification(credentialId), 320));
    }

    @GetMapping(value = CredentialLinks.BASE + "/{credentialId}/verification",
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Verifies the issued certificate now (what its QR code opens): signature, validity dates "
            + "and revocation status, with the same code as the offline verifier. Always 200 for a known credential")
    Verification verification(@PathVariable UUID credentialId) {
        return checks.verify(find(credentialId).jwt());
    }

    private CredentialView find(UUID credentialId) {
        Optional<CredentialView> view = queries.query(new FindCredentialQuery("urn:uuid:" + credentialId),
                ResponseTypes.optionalInstanceOf(CredentialView.class)).orTimeout(10, TimeUnit.SECONDS).join();
        return view.orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "No certificate credential "
                + credentialId));
    }

    private static Map<String, Object> payload(String jwt) {
        try {
            return JWSObject.parse(jwt).getPayload().toJSONObject();
        } catch (ParseException e) {
            throw new IllegalStateException("a stored credential is not a JWS", e);
        }
    }
}
