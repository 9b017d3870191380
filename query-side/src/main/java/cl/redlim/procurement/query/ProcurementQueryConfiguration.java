package cl.redlim.procurement.query;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the red-flag settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RedFlagSettings.class)
class ProcurementQueryConfiguration {
}
