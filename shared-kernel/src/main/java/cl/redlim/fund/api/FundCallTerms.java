package cl.redlim.fund.api;

import cl.redlim.kernel.Clp;

import java.time.Instant;
import java.util.List;

/**
 * What a call (convocatoria) promises: its money, its caps per SUBDERE commune group, its submission window and how
 * applications are scored. Published once and amendable until the window opens.
 *
 * @param criteria      weighted scoring criteria; weights are whole percentages adding up to 100
 * @param minimumScore  the final score (0-100) an application needs to be awarded
 */
public record FundCallTerms(String title, Clp totalBudget, List<GroupCap> groupCaps, Instant opensAt, Instant closesAt,
                            List<ScoringCriterion> criteria, int minimumScore) {
}
