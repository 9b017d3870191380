package cl.redlim.fund.command;

import cl.redlim.fund.api.FundCallTerms;
import cl.redlim.fund.api.GroupCap;
import cl.redlim.fund.api.ScoringCriterion;
import cl.redlim.kernel.Clp;
import cl.redlim.territory.api.CommuneGroup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A coherent call's terms to start from; each test changes only what its scenario is about. */
final class CallTerms {

    static final Instant PUBLISHED_AT = Instant.parse("2025-03-03T12:00:00Z");
    static final Instant OPENS_AT = Instant.parse("2025-04-01T12:00:00Z");
    static final Instant IN_WINDOW = Instant.parse("2025-04-15T12:00:00Z");
    static final Instant CLOSES_AT = Instant.parse("2025-05-01T12:00:00Z");
    static final Instant AFTER_CLOSING = Instant.parse("2025-05-20T12:00:00Z");

    static final Clp TOTAL_BUDGET = Clp.of(100_000_000);
    static final int MINIMUM_SCORE = 60;

    private String title = "Fondo de Innovación Municipal 2025";
    private Clp totalBudget = TOTAL_BUDGET;
    private List<GroupCap> caps = new ArrayList<>(List.of(
            new GroupCap(CommuneGroup.GROUP_1, Clp.of(20_000_000)),
            new GroupCap(CommuneGroup.GROUP_2, Clp.of(30_000_000)),
            new GroupCap(CommuneGroup.GROUP_3, Clp.of(40_000_000)),
            new GroupCap(CommuneGroup.GROUP_4, Clp.of(50_000_000)),
            new GroupCap(CommuneGroup.GROUP_5, Clp.of(60_000_000))));
    private Instant opensAt = OPENS_AT;
    private Instant closesAt = CLOSES_AT;
    private List<ScoringCriterion> criteria = List.of(
            new ScoringCriterion("impact", "Impacto en la comunidad", 60),
            new ScoringCriterion("feasibility", "Factibilidad", 40));
    private int minimumScore = MINIMUM_SCORE;

    static CallTerms terms() {
        return new CallTerms();
    }

    static FundCallTerms standard() {
        return terms().build();
    }

    CallTerms title(String title) {
        this.title = title;
        return this;
    }

    CallTerms totalBudget(long amount) {
        this.totalBudget = Clp.of(amount);
        return this;
    }

    CallTerms caps(GroupCap... caps) {
        this.caps = List.of(caps);
        return this;
    }

    CallTerms cap(CommuneGroup group, long amount) {
        caps.replaceAll(c -> c.group() == group ? new GroupCap(group, Clp.of(amount)) : c);
        return this;
    }

    CallTerms window(Instant opensAt, Instant closesAt) {
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        return this;
    }

    CallTerms criteria(ScoringCriterion... criteria) {
        this.criteria = List.of(criteria);
        return this;
    }

    CallTerms minimumScore(int minimumScore) {
        this.minimumScore = minimumScore;
        return this;
    }

    FundCallTerms build() {
        return new FundCallTerms(title, totalBudget, List.copyOf(caps), opensAt, closesAt, criteria, minimumScore);
    }
}
