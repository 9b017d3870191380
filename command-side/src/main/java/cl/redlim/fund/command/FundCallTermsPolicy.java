package cl.redlim.fund.command;

import cl.redlim.fund.api.FundCallTerms;
import cl.redlim.fund.api.GroupCap;
import cl.redlim.fund.api.ScoringCriterion;
import cl.redlim.kernel.DomainException;
import cl.redlim.kernel.ErrorCode;
import cl.redlim.territory.api.CommuneGroup;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** What makes a call's terms coherent, checked when it is published and each time it is amended. */
final class FundCallTermsPolicy {

    private FundCallTermsPolicy() {
    }

    static void check(FundCallTerms terms, Instant now) {
        if (terms == null || terms.title() == null || terms.title().isBlank()) {
            throw refused("A call needs a title");
        }
        if (terms.totalBudget() == null || terms.totalBudget().isZero()) {
            throw refused("A call needs a total budget above zero");
        }
        checkCaps(terms);
        if (terms.opensAt() == null || terms.closesAt() == null || !terms.opensAt().isBefore(terms.closesAt())) {
            throw refused("A call opens before it closes");
        }
        if (!terms.closesAt().isAfter(now)) {
            throw refused("A call cannot close in the past");
        }
        checkCriteria(terms);
        if (terms.minimumScore() < 0 || terms.minimumScore() > 100) {
            throw refused("The minimum score is from 0 to 100");
        }
    }

    private static void checkCaps(FundCallTerms terms) {
        if (terms.groupCaps() == null) {
            throw refused("A call needs a cap for each of the 5 commune groups");
        }
        Set<CommuneGroup> seen = EnumSet.noneOf(CommuneGroup.class);
        for (GroupCap cap : terms.groupCaps()) {
            if (cap == null || cap.group() == null || cap.cap() == null || !seen.add(cap.group())) {
                throw refused("Each commune group has exactly one cap");
            }
            if (cap.cap().isGreaterThan(terms.totalBudget())) {
                throw refused("The cap of group " + cap.group().number() + " is above the total budget");
            }
        }
        if (seen.size() != CommuneGroup.values().length) {
            throw refused("A call needs a cap for each of the 5 commune groups");
        }
    }

    private static void checkCriteria(FundCallTerms terms) {
        if (terms.criteria() == null || terms.criteria().isEmpty()) {
            throw refused("A call needs at least one scoring criterion");
        }
        Set<String> ids = new HashSet<>();
        int total = 0;
        for (ScoringCriterion c : terms.criteria()) {
            if (c == null || c.id() == null || c.id().isBlank() || !ids.add(c.id())) {
                throw refused("Criteria need distinct ids");
            }
            if (c.weight() < 1 || c.weight() > 100) {
                throw refused("Criterion '" + c.id() + "' needs a weight from 1 to 100");
            }
            total += c.weight();
        }
        if (total != 100) {
            throw refused("Criterion weights add up to " + total + ", not 100");
        }
    }

    private static DomainException refused(String why) {
        return new DomainException(ErrorCode.INVALID_FUND_CALL_TERMS, why);
    }
}
