package cl.redlim.platform.web;

import cl.redlim.kernel.DomainException;
import cl.redlim.kernel.ErrorCode;
import cl.redlim.kernel.ErrorDetail;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.axonframework.common.jdbc.JdbcException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.messaging.HandlerExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

/**
 * The one place where failures become HTTP answers: RFC 9457 problem+json with a stable {@code code}. Bad input is
 * a 4xx with a sentence that names what to fix; only a genuine fault of ours is a 500, and it is logged.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    private final ObjectProvider<StoreOutage> outages;

    public ProblemAdvice(ObjectProvider<StoreOutage> outages) {
        this.outages = outages;
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e) {
        return Problems.response(Problems.of(e.code(), e.getMessage()));
    }

    /** Command and query failures, wherever the handler ran: the details carry the code. */
    @ExceptionHandler({HandlerExecutionException.class, CompletionException.class, ExecutionException.class})
    ResponseEntity<ProblemDetail> wrapped(Exception e) throws Exception {
        Throwable t = e;
        while (t != null) {
            if (t instanceof HandlerExecutionException h && h.getDetails().orElse(null) instanceof ErrorDetail d) {
                return Problems.response(Problems.of(d.code(), d.detail()));
            }
            if (t instanceof DomainException d) {
                return domain(d);
            }
            if (t instanceof AggregateNotFoundException nf) {
                return notFound(nf);
            }
            if (t instanceof IncompatibleAggregateException) {
                return Problems.response(Problems.of(ErrorCode.NOT_FOUND, "No such resource"));
            }
            if (t instanceof ConcurrencyException c) {
                return concurrency(c);
            }
            if (t instanceof AggregateStreamCreationException c) {
                return alreadyExists(c);
            }
            if (t instanceof ConflictingAggregateVersionException v) {
                return staleVersion(v);
            }
            if (t instanceof java.util.concurrent.TimeoutException) {
                return unavailable((Exception) t);
            }
            if (t instanceof EventStoreException || t instanceof JdbcException) {
                return unavailable((Exception) t);
            }
            t = t.getCause() == t ? null : t.getCause();
        }
        return unexpected(e);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(AggregateNotFoundException e) {
        return Problems.response(Problems.of(ErrorCode.NOT_FOUND, "No such resource: " + e.getAggregateIdentifier()));
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ResponseEntity<ProblemDetail> staleVersion(ConflictingAggregateVersionException e) {
        return Problems.response(Problems.of(ErrorCode.PRECONDITION_FAILED, "The resource is at version "
                + e.getActualVersion() + ", not " + e.getExpectedVersion() + "; reload it, check, and retry"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return Problems.response(Problems.of(ErrorCode.FORBIDDEN, "This credential's role may not do this"));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e) {
        return Problems.response(Problems.of(ErrorCode.UNAUTHENTICATED, null));
    }

    @ExceptionHandler(AggregateStreamCreationException.class)
    ResponseEntity<ProblemDetail> alreadyExists(AggregateStreamCreationException e) {
        return Problems.response(Problems.of(ErrorCode.ALREADY_EXISTS, "A resource with that id already exists"));
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> concurrency(ConcurrencyException e) {
        return Problems.response(Problems.of(ErrorCode.CONCURRENT_MODIFICATION,
                "Another request changed this resource at the same time; reload it and retry"));
    }

    @ExceptionHandler({EventStoreException.class, JdbcException.class})
    ResponseEntity<ProblemDetail> unavailable(Exception e) {
        log.warn("A store is unavailable: {}", e.getMessage());
        return Problems.response(Problems.of(ErrorCode.SERVICE_UNAVAILABLE, null));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError f : e.getBindingResult().getFieldErrors()) {
            // a value that could not be converted (a query parameter bound to a record) says so, not how Spring failed
            String message = f.isBindingFailure() ? "has the wrong type or format"
                    : String.valueOf(f.getDefaultMessage());
            errors.add(Map.of("field", f.getField(), "message", message));
        }
        e.getBindingResult().getGlobalErrors()
                .forEach(g -> errors.add(Map.of("field", g.getObjectName(), "message", String.valueOf(g.getDefaultMessage()))));
        String detail = errors.stream().map(m -> m.get("field") + ": " + m.get("message"))
                .sorted().collect(Collectors.joining("; "));
        return Problems.response(Problems.withErrors(ErrorCode.VALIDATION_FAILED, detail, errors));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e) {
        List<Map<String, String>> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(err -> errors.add(Map.of(
                "field", String.valueOf(r.getMethodParameter().getParameterName()),
                "message", String.valueOf(err.getDefaultMessage())))));
        String detail = errors.stream().map(m -> m.get("field") + ": " + m.get("message"))
                .collect(Collectors.joining("; "));
        return Problems.response(Problems.withErrors(ErrorCode.VALIDATION_FAILED, detail, errors));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof DomainException d) {
                return Problems.response(Problems.of(ErrorCode.VALIDATION_FAILED, at(cause) + d.getMessage()));
            }
        }
        String detail;
        if (cause instanceof UnrecognizedPropertyException u) {
            detail = "Unknown field '" + u.getPropertyName() + "'" + in(u);
        } else if (cause instanceof InvalidFormatException f) {
            detail = "Invalid value" + in(f) + ": expected " + typeName(f.getTargetType());
        } else if (cause instanceof MismatchedInputException m) {
            detail = "Wrong type or missing value" + in(m)
                    + (m.getTargetType() != null ? ": expected " + typeName(m.getTargetType()) : "");
        } else if (cause instanceof JsonProcessingException j) {
            detail = "Malformed JSON: " + j.getOriginalMessage();
        } else {
            detail = "The request body is missing or unreadable";
        }
        return Problems.response(Problems.of(ErrorCode.MALFORMED_REQUEST, abbreviate(detail)));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return Problems.response(Problems.of(ErrorCode.MALFORMED_REQUEST, "Parameter '" + e.getName() + "' must be "
                + (e.getRequiredType() == null ? "valid" : "a " + typeName(e.getRequiredType()))));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
        return Problems.response(Problems.of(ErrorCode.MALFORMED_REQUEST,
                "Missing parameter '" + e.getParameterName() + "'"));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e) {
        return Problems.response(Problems.of(ErrorCode.MALFORMED_REQUEST, "Missing header '" + e.getHeaderName() + "'"));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        return Problems.response(Problems.of(ErrorCode.METHOD_NOT_ALLOWED, e.getMethod() + " is not allowed here"));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        return Problems.response(Problems.of(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Send application/json"));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return Problems.response(Problems.of(ErrorCode.NOT_ACCEPTABLE, null));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e) {
        return Problems.response(Problems.of(ErrorCode.NOT_FOUND, "No such path"));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        return Problems.response(Problems.of(ErrorCode.PAYLOAD_TOO_LARGE, null));
    }

    /** A multipart body that cannot be parsed (no boundary, truncated parts). */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ResponseEntity<ProblemDetail> badMultipart(org.springframework.web.multipart.MultipartException e) {
        return Problems.response(Problems.of(ErrorCode.MALFORMED_REQUEST, "The multipart body cannot be read"));
    }

    /** Spring Security's firewall, e.g. a form body whose parameter names hold line breaks. */
    @ExceptionHandler(org.springframework.security.web.firewall.RequestRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(org.springframework.security.web.firewall.RequestRejectedException e) {
        return Problems.response(Problems.of(ErrorCode.MALFORMED_REQUEST, "The request was rejected as malformed"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) throws Exception {
        if (e instanceof org.springframework.web.ErrorResponse er) {
            int status = er.getStatusCode().value();
            return Problems.response(Problems.of(Problems.codeForStatus(status), er.getBody().getDetail()));
        }
        if (StoreOutage.anywhereIn(e, outages.orderedStream())) {
            return unavailable(e);
        }
        log.error("Unexpected failure", e);
        return Problems.response(Problems.of(ErrorCode.INTERNAL_ERROR, null));
    }

    private static String in(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return path.isEmpty() ? "" : " at '" + path + "'";
    }

    private static String at(Throwable cause) {
        return cause instanceof JsonMappingException j && !j.getPath().isEmpty() ? in(j).substring(1) + ": " : "";
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type == java.util.UUID.class) {
            return "UUID";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "whole number in range";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (type == String.class) {
            return "string";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "array";
        }
        return type.getSimpleName();
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
