package cl.redlim.fund.query;

import cl.redlim.fund.api.CriterionScore;
import cl.redlim.fund.api.FundAgreementSignedEvent;
import cl.redlim.fund.api.FundApplicationAwardedEvent;
import cl.redlim.fund.api.FundApplicationClosedEvent;
import cl.redlim.fund.api.FundApplicationDeclaredAdmissibleEvent;
import cl.redlim.fund.api.FundApplicationDeclaredInadmissibleEvent;
import cl.redlim.fund.api.FundApplicationDraftedEvent;
import cl.redlim.fund.api.FundApplicationEvaluatedEvent;
import cl.redlim.fund.api.FundApplicationRejectedEvent;
import cl.redlim.fund.api.FundApplicationSubmittedEvent;
import cl.redlim.fund.api.FundReportAcceptedEvent;
import cl.redlim.fund.api.FundReportObservedEvent;
import cl.redlim.fund.api.FundReportSubmittedEvent;
import cl.redlim.fund.api.FundTranchePaidEvent;
import cl.redlim.kernel.Clp;
import cl.redlim.kernel.CommuneCode;
import cl.redlim.territory.api.CommuneGroup;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Feeds one application's events to the projection with consecutive sequence numbers, as its aggregate would. */
final class ApplicationHistory {

    private final FundApplicationProjection projection;
    private final String id;
    private String callId;
    private CommuneCode commune;
    private long disbursed;
    private long sequence = -1;

    private ApplicationHistory(FundApplicationProjection projection, String id) {
        this.projection = projection;
        this.id = id;
    }

    static ApplicationHistory drafted(FundApplicationProjection projection, String id, String callId, String cut,
                                      long requested, Instant at) {
        ApplicationHistory history = new ApplicationHistory(projection, id);
        history.callId = callId;
        history.commune = CommuneCode.of(cut);
        projection.on(new FundApplicationDraftedEvent(id, callId, history.commune, "Proyecto " + id,
                "Descripción de " + id, Clp.of(requested), 1000, at), history.next());
        return history;
    }

    long sequence() {
        return sequence;
    }

    ApplicationHistory submitted(CommuneGroup group, Instant at) {
        projection.on(new FundApplicationSubmittedEvent(id, callId, commune, group, at), next());
        return this;
    }

    ApplicationHistory admissible(Instant at, String... notes) {
        projection.on(new FundApplicationDeclaredAdmissibleEvent(id, List.of(notes), at), next());
        return this;
    }

    ApplicationHistory inadmissible(Instant at, String... reasons) {
        projection.on(new FundApplicationDeclaredInadmissibleEvent(id, List.of(reasons), at), next());
        return this;
    }

    ApplicationHistory evaluated(String evaluatorId, String weightedScore, Instant at, CriterionScore... scores) {
        projection.on(new FundApplicationEvaluatedEvent(id, evaluatorId, List.of(scores), new BigDecimal(weightedScore),
                at), next());
        return this;
    }

    ApplicationHistory awarded(long amount, String finalScore, Instant at) {
        projection.on(new FundApplicationAwardedEvent(id, callId, Clp.of(amount), new BigDecimal(finalScore), at),
                next());
        return this;
    }

    ApplicationHistory rejected(String reason, String finalScore, Instant at) {
        projection.on(new FundApplicationRejectedEvent(id, reason, new BigDecimal(finalScore), at), next());
        return this;
    }

    ApplicationHistory agreementSigned(String reference, Instant at) {
        projection.on(new FundAgreementSignedEvent(id, reference, at), next());
        return this;
    }

    ApplicationHistory tranchePaid(int tranche, long amount, Instant at) {
        projection.on(new FundTranchePaidEvent(id, tranche, Clp.of(amount), at), next());
        disbursed += amount;
        return this;
    }

    ApplicationHistory reportSubmitted(int tranche, String summary, long accounted, Instant at) {
        projection.on(new FundReportSubmittedEvent(id, tranche, summary, Clp.of(accounted), at), next());
        return this;
    }

    ApplicationHistory reportObserved(int tranche, String observations, Instant at) {
        projection.on(new FundReportObservedEvent(id, tranche, observations, at), next());
        return this;
    }

    ApplicationHistory reportAccepted(int tranche, Instant at) {
        projection.on(new FundReportAcceptedEvent(id, tranche, at), next());
        return this;
    }

    ApplicationHistory closed(Instant at) {
        projection.on(new FundApplicationClosedEvent(id, Clp.of(disbursed), at), next());
        return this;
    }

    private long next() {
        return ++sequence;
    }
}
