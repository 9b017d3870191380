package cl.redlim.certification.credential;

import java.util.UUID;

/** The stable public URLs of the credential API; they are signed into credentials, so they never change. */
public final class CredentialLinks {

    public static final String BASE = "/api/v1/public/credentials";
    public static final String ISSUER = BASE + "/issuer";
    public static final String JWKS = ISSUER + "/jwks.json";
    public static final String REVOCATION_LIST = BASE + "/status-lists/revocation";
    public static final String VERIFICATIONS = BASE + "/verifications";

    private final String base;

    public CredentialLinks(String publicBaseUrl) {
        this.base = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }

    public String issuer() {
        return base + ISSUER;
    }

    public String jwks() {
        return base + JWKS;
    }

    public String revocationList() {
        return base + REVOCATION_LIST;
    }

    /** What a certificate's QR code encodes: the page of the credential's verification (served by the domain). */
    public String verification(UUID credentialId) {
        return base + BASE + "/" + credentialId + "/verification";
    }

    public String achievement(String programmeId, int version) {
        return base + "/api/v1/public/certification/programmes/" + programmeId + "/versions/" + version;
    }
}
