package cl.redlim.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors raised before a controller is reached (the servlet container rejecting a URL, a filter refusing) end up
 * here; they get a problem+json answer like everything else instead of Boot's default error body.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    private final ObjectProvider<StoreOutage> outages;

    public ProblemErrorController(ObjectProvider<StoreOutage> outages) {
        this.outages = outages;
    }

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int code = status instanceof Integer i ? i : 500;
        if (code < 400) {
            code = 500;
        }
        // a filter that reads a store (the Idempotency-Key ledger) while it is down: retry later, not our fault
        if (code == 500 && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t
                && StoreOutage.anywhereIn(t, outages.orderedStream())) {
            log.warn("A store is unavailable: {}", t.toString());
            code = 503;
        }
        return Problems.response(Problems.of(Problems.codeForStatus(code), null));
    }
}
