package cl.redlim.fund.command;

import cl.redlim.fund.api.FundCallTerms;

import java.time.Instant;

/** What an application's rules need to know of its call, read from the call aggregate in the same unit of work. */
record FundCallSnapshot(String callId, FundCallTerms terms, boolean closed) {

    boolean acceptsSubmissionsAt(Instant instant) {
        return !closed && !instant.isBefore(terms.opensAt()) && instant.isBefore(terms.closesAt());
    }

    /** Awards wait for the end of submissions, so that every application competes for the whole budget. */
    boolean acceptsDecisionsAt(Instant instant) {
        return closed || !instant.isBefore(terms.closesAt());
    }

    boolean acceptsDraftsAt(Instant instant) {
        return !closed && instant.isBefore(terms.closesAt());
    }
}
