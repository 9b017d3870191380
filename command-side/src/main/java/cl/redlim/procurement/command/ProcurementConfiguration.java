package cl.redlim.procurement.command;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the procurement periods, which the aggregate's handlers take as a parameter. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProcurementRules.class)
class ProcurementConfiguration {
}
