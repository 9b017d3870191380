package cl.redlim.certification.credential;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code redlim.credentials.*}: who issues certificates and with which key.
 *
 * @param publicBaseUrl the public address of the API; issuer, status list and verification URLs start with it and
 *                      are signed into every credential, so it must not change once credentials are issued
 * @param issuerName    the issuer's name in every credential
 * @param issuerJwk     the issuer's private key as a JWK (EC P-256), e.g. from a secret in production; when blank the
 *                      key is read from {@code keyFile}, and generated there on first start
 * @param keyFile       the issuer key file; by default {@code credentials/issuer-key.jwk.json} in
 *                      {@code redlim.data-dir} (owner-only)
 * @param statusFile    the status list registry file; by default {@code credentials/status-list.bin} in
 *                      {@code redlim.data-dir}
 */
@ConfigurationProperties("redlim.credentials")
public record CredentialSettings(@DefaultValue("http://localhost:8080") String publicBaseUrl,
                                 @DefaultValue("Red Nacional de Laboratorios de Innovación Municipal (RedLIM)")
                                 String issuerName,
                                 String issuerJwk,
                                 String keyFile,
                                 String statusFile) {
}
