package cl.redlim.audit.cli;

/** An input the tools cannot read: a missing file, a line that is not JSON, a key that is not Ed25519. Exit code 2. */
public class InputException extends RuntimeException {

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message + (cause.getMessage() == null ? "" : ": " + cause.getMessage()), cause);
    }
}
