package cl.redlim.document.api;

import java.time.Instant;

/**
 * What an advanced signature signs: one line naming the scheme, the content's SHA-256, the document, its version,
 * the signer and the instant, e.g.
 * {@code redlim-document-signature/v1;sha256=ab…;document=…;version=2;signer=ana.rojas;signedAt=2026-05-04T13:00:00Z}.
 * The signature covers the content through its hash; the rest binds it to one version and one signer.
 */
public final class SignedData {

    public static final String SCHEME = "redlim-document-signature/v1";

    private SignedData() {
    }

    public static String of(String sha256, String documentId, int version, String signer, Instant signedAt) {
        return SCHEME + ";sha256=" + sha256 + ";document=" + documentId + ";version=" + version + ";signer=" + signer
                + ";signedAt=" + signedAt;
    }

    /** Whether the signed data names exactly this content hash. */
    public static boolean covers(String signedData, String sha256) {
        return signedData != null && signedData.startsWith(SCHEME + ";sha256=" + sha256 + ";");
    }
}
