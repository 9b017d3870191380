package cl.redlim.certification.query;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the progress settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CertificationProgressSettings.class)
class CertificationQueryConfiguration {
}
