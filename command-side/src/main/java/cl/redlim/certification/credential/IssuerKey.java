package cl.redlim.certification.credential;

import cl.redlim.platform.SecretFiles;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;

/**
 * The issuer's signing key: an EC P-256 key (ES256), its {@code kid} the key's JWK thumbprint. Generated once and
 * kept in an owner-only file (standalone), or given as a JWK (production). Only its public half leaves this class.
 */
public final class IssuerKey {

    private final ECKey key;

    private IssuerKey(ECKey key) {
        if (!key.isPrivate() || !Curve.P_256.equals(key.getCurve())) {
            throw new IllegalArgumentException("the issuer key must be a private EC P-256 JWK");
        }
        this.key = key;
    }

    /** A key given as JWK text (e.g. a secret in production). */
    public static IssuerKey of(String jwk) {
        try {
            return new IssuerKey(withKid(JWK.parse(jwk).toECKey()));
        } catch (ParseException | JOSEException | IllegalStateException e) {
            throw new IllegalArgumentException("redlim.credentials.issuer-jwk is not an EC P-256 private JWK", e);
        }
    }

    /** The key in the file, generated and written there (owner-only) on first use. */
    public static IssuerKey inFile(Path file) {
        return of(SecretFiles.readOrCreate(file, () -> generate().toJSONString()));
    }

    /** A new key, e.g. for tests. */
    public static IssuerKey generated() {
        return new IssuerKey(generate());
    }

    ECKey signingKey() {
        return key;
    }

    public String keyId() {
        return key.getKeyID();
    }

    /** The published key set: the public key only. */
    public JWKSet publicJwks() {
        return new JWKSet(key.toPublicJWK());
    }

    private static ECKey generate() {
        try {
            return withKid(new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES256)
                    .generate());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ECKey withKid(ECKey key) throws JOSEException {
        if (key.getKeyID() != null) {
            return key;
        }
        return new ECKey.Builder(key).keyIDFromThumbprint().build();
    }
}
