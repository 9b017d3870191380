package cl.redlim.transparency.api;

import java.time.LocalDate;
import java.util.Map;

/**
 * One municipality's compliance with Ley 20.285's deadlines.
 *
 * @param onTimePercent                 answered on time over answered, as a percentage; null before any answer
 * @param medianBusinessDaysToAnswer    null before any answer
 * @param denialsByGround               how often each art. 21 ground was cited, in denials and withheld parts
 * @param amparoOutcomes                resolved amparos by outcome
 */
public record AccessRequestComplianceView(String commune, LocalDate asOf, int received, int open, int overdue,
                                          int answered, int answeredOnTime, Double onTimePercent,
                                          Double medianBusinessDaysToAnswer, int extensionsUsed, int transferred,
                                          Map<AnswerOutcome, Integer> outcomes, Map<Art21Ground, Integer> denialsByGround,
                                          int amparosFiled, Map<AmparoOutcome, Integer> amparoOutcomes) {
}
