package cl.redlim.platform.security;

import cl.redlim.kernel.ErrorCode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Authenticates {@code X-API-Key: rlm_…} (or {@code Authorization: ApiKey rlm_…}). A request without a key goes on
 * anonymous; one with a bad or revoked key stops here with 401, whatever the path.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    private final ApiKeys keys;
    private final ProblemWriter problems;

    ApiKeyAuthenticationFilter(ApiKeys keys, ProblemWriter problems) {
        this.keys = keys;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = request.getHeader("X-API-Key");
        String authorization = request.getHeader("Authorization");
        if (presented == null && authorization != null && authorization.regionMatches(true, 0, "ApiKey ", 0, 7)) {
            presented = authorization.substring(7);
        }
        if (presented == null) {
            chain.doFilter(request, response);
            return;
        }
        var actor = keys.authenticate(presented);
        if (actor.isEmpty()) {
            problems.write(request, response, ErrorCode.UNAUTHENTICATED, "Unknown, malformed or revoked API key");
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(
                new ActorAuthentication(actor.get(), "apikey:" + ApiKeys.keyIdOf(presented)));
        chain.doFilter(request, response);
    }
}
