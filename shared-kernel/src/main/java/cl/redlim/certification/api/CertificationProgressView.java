package cl.redlim.certification.api;

import cl.redlim.territory.api.Rurality;

import java.time.LocalDate;
import java.util.List;

/**
 * Progress toward the target. An official counts as certified when ever certified within the window and never
 * revoked: an expired certificate still counts (the official was certified), a revoked one does not. Officials are
 * counted once, at the municipality of their first counted certificate.
 *
 * @param programmeId         the programme asked for, or null for all
 * @param target              officials to certify ({@code redlim.certification.target})
 * @param windowStart         first day of the window ({@code redlim.certification.window-start})
 * @param windowEnd           last day of the window
 * @param asOf                today in Chile
 * @param certified           officials certified in the window and not revoked
 * @param revoked             officials whose only certificates in the window were revoked
 * @param percentOfTarget     certified / target, in percent, one decimal
 * @param cumulative          per month of the window up to asOf: certified that month and cumulative
 * @param funnel              how far enrolments got
 * @param medianDaysToCertify days from enrolment to certificate of the counted officials; null when none
 * @param forecast            when the target is reached at the current rate
 * @param byRegion            every region with registered communes, by code
 * @param byGroup             SUBDERE groups 1 to 5, then unclassified (group null)
 * @param byRurality          rural, mixed, urban, then unclassified (rurality null)
 */
public record CertificationProgressView(String programmeId, int target, LocalDate windowStart, LocalDate windowEnd,
                                        LocalDate asOf, long certified, long revoked, double percentOfTarget,
                                        List<Month> cumulative, Funnel funnel, Double medianDaysToCertify,
                                        Forecast forecast, List<RegionRow> byRegion, List<GroupRow> byGroup,
                                        List<RuralityRow> byRurality) {

    /** @param month {@code yyyy-MM} */
    public record Month(String month, long certified, long cumulative) {
    }

    /**
     * Officials who reached each stage (ever): enrolled, every module of their version done, assessment passed,
     * certified (revoked ones included here, so each stage holds the next).
     */
    public record Funnel(long enrolled, long allModulesCompleted, long assessmentPassed, long certified) {
    }

    /**
     * @param monthlyRate      counted certifications in the last 3 full months before asOf's month, divided by 3
     * @param remaining        target minus certified, never below 0
     * @param targetMonth      {@code yyyy-MM}: asOf's month plus ceil(remaining / monthlyRate) months; the month it
     *                         was reached when remaining is 0; null when the rate is 0
     * @param onTrack          targetMonth is in the window
     * @param regionsBehind    codes of the regions whose certified count is under their expected share
     */
    public record Forecast(double monthlyRate, long remaining, String targetMonth, boolean onTrack,
                           List<String> regionsBehind) {
    }

    /**
     * A region's share is its number of communes over all registered communes. Its expected count is that share of
     * the national certified count (one decimal); it is behind when it has fewer certified than expected.
     *
     * @param targetShare the share of the target, rounded
     */
    public record RegionRow(String code, String name, long communes, double sharePercent, long targetShare,
                            long enrolled, long certified, double expected, boolean behind) {
    }

    /** @param group SUBDERE group 1 to 5; null for communes not classified yet */
    public record GroupRow(Integer group, long communes, long enrolled, long certified) {
    }

    /** @param rurality null for communes not classified yet */
    public record RuralityRow(Rurality rurality, long communes, long enrolled, long certified) {
    }
}
