package cl.redlim.certification.credential;

/** The terms of the W3C VC Data Model 2.0, Open Badges 3.0 and Bitstring Status List v1.0 that RedLIM writes and reads. */
public final class Vocabulary {

    public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    /** The Open Badges 3.0 context revision that is compatible with the VC Data Model 2.0. */
    public static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    public static final String VERIFIABLE_CREDENTIAL = "VerifiableCredential";
    public static final String OPEN_BADGE_CREDENTIAL = "OpenBadgeCredential";
    public static final String STATUS_LIST_CREDENTIAL = "BitstringStatusListCredential";
    public static final String STATUS_LIST = "BitstringStatusList";
    public static final String STATUS_LIST_ENTRY = "BitstringStatusListEntry";
    public static final String REVOCATION = "revocation";
    public static final String SUSPENSION = "suspension";
    /** JOSE {@code typ} of a VC secured as a JWT (VC-JOSE-COSE); the payload is the credential itself. */
    public static final String JWT_TYPE = "vc+jwt";
    public static final String JWT_CONTENT_TYPE = "vc";
    /** HTTP media type of a VC-JWT. */
    public static final String MEDIA_TYPE = "application/vc+jwt";

    private Vocabulary() {
    }
}
