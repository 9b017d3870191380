package cl.redlim.procurement.command.web;

import cl.redlim.platform.security.EndpointRoles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may call the procurement commands: the buyer municipality's own system (an integrator). The aggregate checks
 * that the integrator's scope includes the buyer.
 */
@Component
class ProcurementEndpointRoles implements EndpointRoles {

    private static final String PROCESS = "/api/v1/procurements/*";
    private static final String CONTRACT = PROCESS + "/contracts/*";

    @Override
    public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry endpoints) {
        endpoints.requestMatchers(HttpMethod.POST, "/api/v1/procurements", PROCESS + "/market-consultation",
                        PROCESS + "/tender", PROCESS + "/tender/amendments", PROCESS + "/bids",
                        PROCESS + "/bid-opening", PROCESS + "/bids/*/admissibility", PROCESS + "/evaluation",
                        PROCESS + "/award", PROCESS + "/direct-award", PROCESS + "/void", PROCESS + "/completion",
                        PROCESS + "/contracts", CONTRACT + "/purchase-orders", CONTRACT + "/payments",
                        CONTRACT + "/amendments", CONTRACT + "/termination")
                .hasRole("INTEGRATOR");
    }
}
