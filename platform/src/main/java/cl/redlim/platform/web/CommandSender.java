package cl.redlim.platform.web;

import cl.redlim.kernel.DomainException;
import cl.redlim.kernel.ErrorCode;
import cl.redlim.platform.axon.CommandOutcome;
import cl.redlim.platform.axon.MetaDataKeys;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * How controllers send a command: with the caller's {@code If-Match} as the expected aggregate version, with the
 * response it will get if it succeeds (so an {@code Idempotency-Key} can replay it), within a time limit, and
 * answering with the aggregate's new version as {@code ETag}.
 */
@Component
public class CommandSender {

    private static final Pattern VERSION = Pattern.compile("(?:W/)?\"(\\d{1,18})\"|(\\d{1,18})");

    private final CommandGateway commands;
    private final ObjectMapper json;
    private final Duration timeout;

    public CommandSender(CommandGateway commands, ObjectMapper json,
                         @Value("${redlim.command-timeout:10s}") Duration timeout) {
        this.commands = commands;
        this.json = json;
        this.timeout = timeout;
    }

    /** Sends a command that creates a resource: 201 with its Location and {@code {"id": …}}. */
    public ResponseEntity<Created> created(Object command, String id, String location) {
        Created body = new Created(id);
        CommandOutcome outcome = send(command, HttpStatus.CREATED, location, body);
        var response = location == null ? ResponseEntity.status(HttpStatus.CREATED)
                : ResponseEntity.created(URI.create(location));
        return response.eTag(etag(outcome)).body(body);
    }

    /** Sends a command that changes a resource: 204 with its new version as ETag. */
    public ResponseEntity<Void> done(Object command) {
        CommandOutcome outcome = send(command, HttpStatus.NO_CONTENT, null, null);
        return ResponseEntity.noContent().eTag(etag(outcome)).build();
    }

    /** The body of a 201: the new resource's id (its URL is in {@code Location}). */
    public record Created(String id) {
    }

    private CommandOutcome send(Object command, HttpStatus status, String location, Object body) {
        Map<String, Object> meta = new HashMap<>();
        HttpServletRequest request = currentRequest();
        if (request != null) {
            String ifMatch = request.getHeader("If-Match");
            if (ifMatch != null) {
                var m = VERSION.matcher(ifMatch.strip());
                if (!m.matches()) {
                    throw new DomainException(ErrorCode.MALFORMED_REQUEST,
                            "If-Match takes the ETag of the resource, e.g. \"3\"");
                }
                meta.put(MetaDataKeys.EXPECTED_VERSION, m.group(1) != null ? m.group(1) : m.group(2));
            }
            if (request.getAttribute(IdempotencyFilter.KEY_HASH) != null) {
                meta.put(MetaDataKeys.IDEMPOTENCY_KEY_HASH, request.getAttribute(IdempotencyFilter.KEY_HASH));
                meta.put(MetaDataKeys.IDEMPOTENCY_FINGERPRINT, request.getAttribute(IdempotencyFilter.FINGERPRINT));
                meta.put(MetaDataKeys.IDEMPOTENCY_EXPIRES_AT, request.getAttribute(IdempotencyFilter.EXPIRES_AT));
                meta.put(MetaDataKeys.RESPONSE_STATUS, Integer.toString(status.value()));
                if (location != null) {
                    meta.put(MetaDataKeys.RESPONSE_LOCATION, location);
                }
                if (body != null) {
                    meta.put(MetaDataKeys.RESPONSE_BODY, write(body));
                }
            }
        }
        Object result = commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(MetaData.from(meta)),
                timeout.toMillis(), TimeUnit.MILLISECONDS);
        return result instanceof CommandOutcome o ? o : new CommandOutcome(null, null);
    }

    private static String etag(CommandOutcome outcome) {
        return outcome.version() == null ? null : "\"" + outcome.version() + "\"";
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a ? a.getRequest() : null;
    }
}
