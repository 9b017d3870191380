package cl.redlim.certification.api;

/** The programme's assessment: scores run 0-100, {@code passMark} or more passes, at most {@code maxAttempts} sittings. */
public record AssessmentRule(int passMark, int maxAttempts) {
}
