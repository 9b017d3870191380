package cl.redlim.kernel;

/** A refusal decided by the domain, carrying a stable {@link ErrorCode}. */
public class DomainException extends RuntimeException {

    private final ErrorCode code;

    public DomainException(ErrorCode code, String detail) {
        super(detail, null, false, false);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }

    public ErrorDetail toDetail() {
        return new ErrorDetail(code, getMessage());
    }
}
