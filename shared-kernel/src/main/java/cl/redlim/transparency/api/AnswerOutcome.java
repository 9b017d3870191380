package cl.redlim.transparency.api;

/** How a request was answered: divisibility (art. 11 e) allows a partial grant. */
public enum AnswerOutcome {
    GRANTED,
    PARTIALLY_GRANTED,
    DENIED
}
