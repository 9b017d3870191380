package cl.redlim.certification.api;

import java.time.Instant;

/** Sitting number {@code attempt} (1, 2, …) of the assessment: its score, the pass mark in force and the outcome. */
public record AssessmentSatEvent(String certificationId, int attempt, int score, int passMark, boolean passed,
                                 Instant assessedAt) {
}
