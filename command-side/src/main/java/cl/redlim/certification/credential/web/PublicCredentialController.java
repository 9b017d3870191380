package cl.redlim.certification.credential.web;

import cl.redlim.certification.credential.CredentialChecks;
import cl.redlim.certification.credential.CredentialIssuer;
import cl.redlim.certification.credential.CredentialLinks;
import cl.redlim.certification.credential.IssuerKey;
import cl.redlim.certification.credential.RevocationList;
import cl.redlim.certification.credential.Verification;
import cl.redlim.certification.credential.Vocabulary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What anyone needs to check a certificate: the issuer, its public key, its revocation list, and a verifier. These
 * live on the command side, which holds the issuer's key.
 */
@RestController
@Tag(name = "Credentials", description = "Certificates as verifiable credentials: issuer key, revocation list, verifier")
class PublicCredentialController {

    private final IssuerKey key;
    private final CredentialIssuer issuer;
    private final CredentialLinks links;
    private final RevocationList revocations;
    private final CredentialChecks checks;

    PublicCredentialController(IssuerKey key, CredentialIssuer issuer, CredentialLinks links,
                               RevocationList revocations, CredentialChecks checks) {
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
}
