package cl.redlim.platform.web;

import cl.redlim.access.api.Actor;
import cl.redlim.kernel.ErrorCode;
import cl.redlim.platform.IdempotencyLedger;
import cl.redlim.platform.security.ActorAuthentication;
import cl.redlim.platform.security.ApiKeys;
import cl.redlim.platform.security.CachedBodyRequest;
import cl.redlim.platform.security.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} on commands, per caller (principal, role and scope). The first request with a key runs and
 * its response is recorded with its events (see {@code CommandOutcomes}); a retry with the same key and body gets that
 * response again, marked {@code Idempotent-Replayed: true}, and records nothing; the same key with another body is
 * refused with 422. When two identical requests race, the one that loses the race finds the winner's record and
 * replays it.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    static final String KEY_HASH = IdempotencyFilter.class.getName() + ".keyHash";
    static final String FINGERPRINT = IdempotencyFilter.class.getName() + ".fingerprint";
    static final String EXPIRES_AT = IdempotencyFilter.class.getName() + ".expiresAt";
    private static final Pattern SENSIBLE = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final IdempotencyLedger ledger;
    private final ProblemWriter problems;
    private final Duration ttl;
    private final Clock clock;

    public IdempotencyFilter(IdempotencyLedger ledger, ProblemWriter problems, Duration ttl, Clock clock) {
        this.ledger = ledger;
        this.problems = problems;
        this.ttl = ttl;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(HEADER) == null || "GET".equals(request.getMethod())
                || "HEAD".equals(request.getMethod()) || "OPTIONS".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (!SENSIBLE.matcher(key).matches()) {
            problems.write(request, response, ErrorCode.MALFORMED_REQUEST,
                    "Idempotency-Key is 1 to 255 visible ASCII characters, e.g. a UUID");
            return;
        }
        HttpServletRequest cached;
        String content;
        if (isMultipart(request)) {
            // the servlet container parses a multipart body from its own stream: parse it now (the parts are kept
            // for the controller) and fingerprint the parts, instead of reading the stream away from the parser
            content = partsDigest(request);
            cached = request;
        } else {
            byte[] body = request.getInputStream().readAllBytes();
            cached = new CachedBodyRequest(request, body);
            content = new String(body, StandardCharsets.UTF_8);
        }
        String keyHash = ApiKeys.sha256(caller() + "\n" + key);
        String fingerprint = ApiKeys.sha256(request.getMethod() + " " + request.getRequestURI() + "?"
                + request.getQueryString() + "\n" + content);
        Instant now = clock.instant();
        Optional<IdempotencyLedger.Entry> first = ledger.find(keyHash, now);
        if (first.isPresent()) {
            replayOrRefuse(request, response, first.get(), fingerprint);
            return;
        }
        cached.setAttribute(KEY_HASH, keyHash);
        cached.setAttribute(FINGERPRINT, fingerprint);
        cached.setAttribute(EXPIRES_AT, now.plus(ttl).toString());
        ContentCachingResponseWrapper wrapped = new ContentCachingResponseWrapper(response);
        chain.doFilter(cached, wrapped);
        if (wrapped.getStatus() >= 300) {
            // a twin request may have won the race: then its response is the answer to this one too
            Optional<IdempotencyLedger.Entry> twin = ledger.find(keyHash, clock.instant());
            if (twin.isPresent() && twin.get().fingerprint().equals(fingerprint)) {
                wrapped.resetBuffer();
                wrapped.reset();
                replayOrRefuse(request, wrapped, twin.get(), fingerprint);
            }
        }
        wrapped.copyBodyToResponse();
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    /**
     * Each part's name, file name, type and the SHA-256 of its bytes, in order. A body that cannot be parsed gets a
     * fingerprint of its own; the controller then meets the same parse failure and answers it as a problem.
     */
    private static String partsDigest(HttpServletRequest request) throws IOException {
        StringBuilder digest = new StringBuilder("multipart\n");
        try {
            for (Part part : request.getParts()) {
                try (InputStream in = part.getInputStream()) {
                    digest.append(part.getName()).append('\t').append(part.getSubmittedFileName()).append('\t')
                            .append(part.getContentType()).append('\t').append(ApiKeys.sha256(in.readAllBytes()))
                            .append('\n');
                }
            }
        } catch (ServletException | IllegalStateException e) {
            digest.append("unreadable: ").append(e.getClass().getSimpleName());
        }
        return digest.toString();
    }

    /**
     * Whose keys these are: a principal with one role and one scope. A replay skips the endpoint's role and scope
     * checks, so it must only reach a caller those checks treat exactly as the one that made the first request,
     * not every credential an administrator issued under the same subject.
     */
    private static String caller() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof ActorAuthentication a) {
            Actor actor = a.getPrincipal();
            return actor.principal() + "\n" + actor.role() + "\n" + new TreeSet<>(actor.communes()) + "\n"
                    + new TreeSet<>(actor.regions());
        }
        return authentication == null ? "anonymous" : authentication.getName();
    }

    private void replayOrRefuse(HttpServletRequest request, HttpServletResponse response, IdempotencyLedger.Entry first,
                                String fingerprint) throws IOException {
        if (!first.fingerprint().equals(fingerprint)) {
            problems.write(request, response, ErrorCode.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was used for a different request; use a new key for a new request");
            return;
        }
        response.setStatus(first.status());
        response.setHeader("Idempotent-Replayed", "true");
        if (first.location() != null) {
            response.setHeader("Location", first.location());
        }
        if (first.etag() != null) {
            response.setHeader("ETag", first.etag());
        }
        if (first.body() != null) {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getOutputStream().write(first.body().getBytes(StandardCharsets.UTF_8));
        }
    }
}
