package cl.redlim.platform.security;

import cl.redlim.kernel.ErrorCode;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * A token bucket per credential (per client address for anonymous callers), answering 429 with Retry-After when
 * it is empty. Buckets live in each instance's memory: behind N instances a credential gets up to N times the rate.
 */
class RateLimitFilter extends OncePerRequestFilter {

    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final long perSecond;
    private final long burst;
    private final ProblemWriter problems;

    RateLimitFilter(long perSecond, long burst, ProblemWriter problems) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        String who = authentication instanceof ActorAuthentication a ? a.credentialId()
                : "address:" + request.getRemoteAddr();
        Bucket bucket = buckets.computeIfAbsent(who, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(burst).refillGreedy(perSecond, Duration.ofSeconds(1)).build())
                .build());
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
        response.setHeader("Retry-After", Long.toString(seconds));
        problems.write(request, response, ErrorCode.TOO_MANY_REQUESTS,
                "More than " + perSecond + " requests per second (bursts of " + burst + "); retry in " + seconds + " s");
    }
}
