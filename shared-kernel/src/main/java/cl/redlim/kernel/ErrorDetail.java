package cl.redlim.kernel;

/** What travels across the command bus when a command is refused, so the HTTP edge can answer with the right code. */
public record ErrorDetail(ErrorCode code, String detail) {
}
