package cl.redlim.certification.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Records one sitting of the assessment and its score (0-100). */
public record SitAssessmentCommand(@TargetAggregateIdentifier String certificationId, int score, Instant assessedAt) {
}
