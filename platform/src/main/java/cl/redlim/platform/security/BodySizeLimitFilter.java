package cl.redlim.platform.security;

import cl.redlim.kernel.ErrorCode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;

/**
 * Refuses bodies over the limit with 413 (the upload limit on the upload paths, the body limit elsewhere) before anything reads them, and a Content-Type that is not one concrete
 * type (a wildcard, or unparseable) with 415. A body without Content-Length (chunked) is read up to the limit and
 * refused past it.
 */
class BodySizeLimitFilter extends OncePerRequestFilter {

    private final long bodyBytes;
    private final long uploadBytes;
    private final List<String> uploadPaths;
    private final ProblemWriter problems;
    private final AntPathMatcher paths = new AntPathMatcher();

    BodySizeLimitFilter(long maxBytes, ProblemWriter problems) {
        this(maxBytes, maxBytes, List.of(), problems);
    }

    /** @param uploadPaths Ant patterns of the paths that take files (documents), limited to {@code uploadBytes} */
    BodySizeLimitFilter(long bodyBytes, long uploadBytes, List<String> uploadPaths, ProblemWriter problems) {
        this.bodyBytes = bodyBytes;
        this.uploadBytes = uploadBytes;
        this.uploadPaths = uploadPaths.stream().filter(p -> !p.isBlank()).map(String::strip).toList();
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long maxBytes = limitFor(request);
        String type = request.getContentType();
        if (type != null && !isConcrete(type)) {
            problems.write(request, response, ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                    "Content-Type must name one concrete type, e.g. application/json");
            return;
        }
        long length = request.getContentLengthLong();
        if (length > maxBytes) {
            problems.write(request, response, ErrorCode.PAYLOAD_TOO_LARGE, "Bodies are limited to " + maxBytes + " bytes");
            return;
        }
        if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
            byte[] body = request.getInputStream().readNBytes((int) maxBytes + 1);
            if (body.length > maxBytes) {
                problems.write(request, response, ErrorCode.PAYLOAD_TOO_LARGE,
                        "Bodies are limited to " + maxBytes + " bytes");
                return;
            }
            chain.doFilter(new CachedBodyRequest(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private long limitFor(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (String pattern : uploadPaths) {
            if (paths.match(pattern, path)) {
                return uploadBytes;
            }
        }
        return bodyBytes;
    }

    private static boolean isConcrete(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
