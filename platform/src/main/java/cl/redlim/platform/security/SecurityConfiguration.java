package cl.redlim.platform.security;

import cl.redlim.access.api.Actor;
import cl.redlim.access.api.Role;
import cl.redlim.kernel.ErrorCode;
import cl.redlim.platform.IdempotencyLedger;
import cl.redlim.platform.web.IdempotencyFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.request.async.WebAsyncManagerIntegrationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.util.unit.DataSize;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;

/**
 * Who may call what. Public transparency endpoints, health and the API documents are open; every other
 * {@code /api} path needs a credential: an API key always, a JWT bearer token from the identity provider when
 * {@code redlim.security.jwt.enabled=true}. Each context declares the role of each of its endpoints
 * ({@link EndpointRoles}); an integrator's municipalities are checked by the aggregates, which know what a command
 * touches.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, ApiKeys keys, ProblemWriter problems,
                            ObjectProvider<IdempotencyLedger> ledger, Clock clock,
                            @Value("${redlim.security.jwt.enabled:false}") boolean jwt,
                            @Value("${redlim.limits.max-body-size:1MB}") DataSize maxBody,
                            @Value("${redlim.limits.max-upload-size:20MB}") DataSize maxUpload,
                            @Value("${redlim.limits.upload-paths:}") List<String> uploadPaths,
                            @Value("${redlim.limits.requests-per-second:100}") long perSecond,
                            @Value("${redlim.limits.burst:200}") long burst,
                            @Value("${redlim.idempotency.ttl:24h}") Duration idempotencyTtl,
                            @Value("${redlim.cors.allowed-origins:}") List<String> corsOrigins,
                            List<EndpointRoles> endpointRoles) throws Exception {
        http.csrf(csrf -> csrf.disable()) // no cookies, no sessions: credentials are sent explicitly each time
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .requestCache(c -> c.disable())
                .cors(c -> c.configurationSource(cors(corsOrigins)))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
                                + "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .frameOptions(f -> f.deny()))
                .authorizeHttpRequests(a -> {
                    // a streamed response (JSON Lines exports) finishes in an async dispatch of a request that
                    // was authorized when it came in; the credential is not read again there
                    a.dispatcherTypeMatchers(jakarta.servlet.DispatcherType.ASYNC).permitAll();
                    a.requestMatchers("/api/v1/public/**").permitAll();
                    endpointRoles.forEach(rules -> rules.declare(a));
                    // an /api path no context declared is for nobody
                    a.requestMatchers("/api/**").denyAll();
                    a.anyRequest().permitAll();
                })
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> problems.write(request, response,
                                ErrorCode.UNAUTHENTICATED, "Send an API key in X-API-Key"
                                        + (jwt ? " or a bearer token in Authorization" : "")))
                        .accessDeniedHandler((request, response, ex) -> problems.write(request, response,
                                ErrorCode.FORBIDDEN, "This credential's role may not do this")))
                .addFilterBefore(new CorrelationIdFilter(), WebAsyncManagerIntegrationFilter.class)
                .addFilterBefore(new BodySizeLimitFilter(maxBody.toBytes(), maxUpload.toBytes(), uploadPaths,
                        problems), WebAsyncManagerIntegrationFilter.class)
                .addFilterBefore(new ApiKeyAuthenticationFilter(keys, problems), AnonymousAuthenticationFilter.class)
                .addFilterAfter(new RateLimitFilter(perSecond, burst, problems), AnonymousAuthenticationFilter.class);
        IdempotencyLedger idempotency = ledger.getIfAvailable();
        if (idempotency != null) {
            http.addFilterAfter(new IdempotencyFilter(idempotency, problems, idempotencyTtl, clock),
                    AuthorizationFilter.class);
        }
        if (jwt) {
            http.oauth2ResourceServer(o -> o
                    .jwt(j -> j.jwtAuthenticationConverter(new JwtActorConverter()))
                    .authenticationEntryPoint((request, response, ex) -> problems.write(request, response,
                            ErrorCode.UNAUTHENTICATED, "Invalid or expired bearer token")));
        }
        return http.build();
    }

    private static CorsConfigurationSource cors(List<String> origins) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        List<String> allowed = origins.stream().filter(o -> !o.isBlank()).toList();
        if (!allowed.isEmpty()) {
            CorsConfiguration config = new CorsConfiguration();
            config.setAllowedOrigins(allowed);
            config.setAllowedMethods(List.of("GET", "HEAD"));
            config.setAllowedHeaders(List.of("*"));
            // Link carries the next page of paged public lists (OCDS packages)
            config.setExposedHeaders(List.of("ETag", "Location", "X-Correlation-Id", "Link"));
            source.registerCorsConfiguration("/api/v1/public/**", config);
        }
        return source;
    }

    /**
     * Claims of a RedLIM token: {@code sub} is the principal, {@code redlim_role} the role, {@code redlim_communes}
     * and {@code redlim_regions} an integrator's scope, {@code azp} (or {@code client_id}) the client. A token
     * without a subject, or with a role or scope RedLIM cannot read, is an invalid token (401).
     */
    static final class JwtActorConverter implements Converter<Jwt, AbstractAuthenticationToken> {
        @Override
        public AbstractAuthenticationToken convert(Jwt jwt) {
            // without a principal, commands would act as RedLIM itself: unscoped, any evaluator
            if (jwt.getSubject() == null || jwt.getSubject().isBlank()) {
                throw new InvalidBearerTokenException("The token has no subject (sub)");
            }
            try {
                String role = jwt.getClaimAsString("redlim_role");
                String client = jwt.getClaimAsString("azp") != null ? jwt.getClaimAsString("azp")
                        : jwt.getClaimAsString("client_id");
                Actor actor = new Actor(jwt.getSubject(), role == null ? null : Role.of(role),
                        client == null ? "unknown" : client, set(jwt.getClaimAsStringList("redlim_communes")),
                        set(jwt.getClaimAsStringList("redlim_regions")));
                return new ActorAuthentication(actor, "jwt:" + jwt.getSubject());
            } catch (IllegalArgumentException e) { // an unknown role, a claim of the wrong type
                throw new InvalidBearerTokenException("The token's RedLIM claims are invalid: " + e.getMessage());
            }
        }

        private static java.util.Set<String> set(Collection<String> values) {
            return values == null ? java.util.Set.of() : new HashSet<>(values);
        }
    }
}
