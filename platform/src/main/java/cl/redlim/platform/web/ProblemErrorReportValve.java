package cl.redlim.platform.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Tomcat answers some malformed requests itself (an encoded slash or NUL in the path, a broken header) before any
 * servlet runs; this valve makes those answers problem+json too, instead of Tomcat's HTML page.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        var code = Problems.codeForStatus(status);
        String body = "{\"type\":\"" + Problems.TYPE_BASE + code.name().toLowerCase().replace('_', '-')
                + "\",\"title\":\"" + code.title() + "\",\"status\":" + status + ",\"code\":\"" + code.name() + "\"}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response is committed; nothing more to say
        }
    }
}
