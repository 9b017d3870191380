package cl.redlim.certification.credential;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;
import java.time.Clock;

/** The issuer's key, the revocation list and the verifier, from {@code redlim.credentials.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CredentialSettings.class)
class CredentialConfiguration {

    @Bean
    CredentialLinks credentialLinks(CredentialSettings settings) {
        return new CredentialLinks(settings.publicBaseUrl());
    }

    @Bean
    IssuerKey issuerKey(CredentialSettings settings, @Value("${redlim.data-dir:./data}") String dataDir) {
        return settings.issuerJwk() != null && !settings.issuerJwk().isBlank() ? IssuerKey.of(settings.issuerJwk())
                : IssuerKey.inFile(file(settings.keyFile(), dataDir, "issuer-key.jwk.json"));
    }

    @Bean
    CredentialIssuer credentialIssuer(IssuerKey key, CredentialLinks links, CredentialSettings settings) {
        return new CredentialIssuer(key, links, settings.issuerName());
    }

    @Bean
    StatusListRegistry statusListRegistry(CredentialSettings settings, @Value("${redlim.data-dir:./data}") String dataDir) {
        return new FileStatusListRegistry(file(settings.statusFile(), dataDir, "status-list.bin"),
                BitstringStatusList.MINIMUM_BITS);
    }

    @Bean
    RevocationList revocationList(StatusListRegistry registry, CredentialIssuer issuer, CredentialLinks links,
                                  Clock clock) {
        return new RevocationList(registry, issuer, links, clock);
    }

    @Bean
    CredentialChecks credentialChecks(IssuerKey key, RevocationList revocations, Clock clock) {
        return new CredentialChecks(key, revocations, clock);
    }

    private static Path file(String configured, String dataDir, String name) {
        return (configured == null || configured.isBlank() ? Path.of(dataDir).resolve("credentials").resolve(name)
                : Path.of(configured)).toAbsolutePath().normalize();
    }
}
