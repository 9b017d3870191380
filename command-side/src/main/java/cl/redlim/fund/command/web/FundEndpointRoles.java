package cl.redlim.fund.command.web;

import cl.redlim.platform.security.EndpointRoles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may call the fund's commands: the fund office runs calls and decides; municipalities (integrators) apply and
 * report; evaluators declare their ties and score. Municipal scope and evaluator identity are checked by the
 * aggregates.
 */
@Component
class FundEndpointRoles implements EndpointRoles {

    private static final String APPLICATION = "/api/v1/fund-applications/*";

    @Override
    public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry endpoints) {
        endpoints
                .requestMatchers(HttpMethod.POST, "/api/v1/fund-calls", "/api/v1/fund-calls/*/amendments",
                        "/api/v1/fund-calls/*/closure").hasRole("FUND_OFFICER")
                .requestMatchers(HttpMethod.POST, "/api/v1/fund-applications", APPLICATION + "/submission",
                        APPLICATION + "/reports").hasRole("INTEGRATOR")
                .requestMatchers(HttpMethod.POST, APPLICATION + "/evaluations").hasRole("EVALUATOR")
                .requestMatchers(HttpMethod.PUT, "/api/v1/fund-evaluators/*/interests").hasRole("EVALUATOR")
                .requestMatchers(HttpMethod.POST, APPLICATION + "/admissibility", APPLICATION + "/award",
                        APPLICATION + "/rejection", APPLICATION + "/agreement", APPLICATION + "/disbursements",
                        APPLICATION + "/reports/*/review", APPLICATION + "/closure").hasRole("FUND_OFFICER");
    }
}
