package cl.redlim.procurement.command;

import cl.redlim.kernel.Clp;
import cl.redlim.kernel.ErrorCode;
import cl.redlim.kernel.Rut;
import cl.redlim.procurement.api.AwardLine;
import cl.redlim.procurement.api.BidScore;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static cl.redlim.kernel.Checks.refused;

/** The bids (or quotes) a tender received, in the order received, and the admissibility of each. Immutable. */
record Bids(List<Bid> received) {

    enum Admissibility { UNDECIDED, ADMISSIBLE, INADMISSIBLE }

    record Bid(String bidId, Rut supplier, String supplierName, Clp amount, String lot, Admissibility admissibility) {
    }

    static Bids none() {
        return new Bids(List.of());
    }

    int count() {
        return received.size();
    }

    Bid require(String bidId) {
        return find(bidId).orElseThrow(() -> refused(ErrorCode.UNKNOWN_BID, "No bid " + bidId + " in this process"));
    }

    private Optional<Bid> find(String bidId) {
        return received.stream().filter(b -> b.bidId().equals(bidId)).findFirst();
    }

    /** A bid id is used once, and a supplier bids once per lot. */
    void checkNew(String bidId, Rut supplier, String lot) {
        if (find(bidId).isPresent()) {
            throw refused(ErrorCode.BID_ALREADY_SUBMITTED, "Bid " + bidId + " was received already");
        }
        if (received.stream().anyMatch(b -> b.supplier().equals(supplier) && Objects.equals(b.lot(), lot))) {
            throw refused(ErrorCode.BID_ALREADY_SUBMITTED, "Supplier " + supplier + " has bid already"
                    + (lot == null ? "" : " for lot " + lot));
        }
    }

    boolean allDecided() {
        return received.stream().noneMatch(b -> b.admissibility() == Admissibility.UNDECIDED);
    }

    boolean anyAdmissible() {
        return received.stream().anyMatch(b -> b.admissibility() == Admissibility.ADMISSIBLE);
    }

    /** Scores cover every admissible bid once, each from 0 to 100, and nothing else. */
    void checkScores(List<BidScore> scores) {
        if (scores == null) {
            throw refused(ErrorCode.INVALID_BID_SCORES, "Score every admissible bid");
        }
        Set<String> scored = new HashSet<>();
        for (BidScore score : scores) {
            if (score == null) {
                throw refused(ErrorCode.INVALID_BID_SCORES, "A score names its bid");
            }
            Bid bid = require(score.bidId());
            if (bid.admissibility() != Admissibility.ADMISSIBLE) {
                throw refused(ErrorCode.BID_NOT_ADMISSIBLE, "Bid " + bid.bidId() + " is not admissible: only "
                        + "admissible bids are scored");
            }
            if (score.score() < 0 || score.score() > 100) {
                throw refused(ErrorCode.INVALID_BID_SCORES,
                        "Bid " + bid.bidId() + " is scored " + score.score() + "; scores are from 0 to 100");
            }
            if (!scored.add(bid.bidId())) {
                throw refused(ErrorCode.INVALID_BID_SCORES, "Bid " + bid.bidId() + " is scored twice");
            }
        }
        List<String> missing = received.stream().filter(b -> b.admissibility() == Admissibility.ADMISSIBLE)
                .map(Bid::bidId).filter(id -> !scored.contains(id)).toList();
        if (!missing.isEmpty()) {
            throw refused(ErrorCode.INVALID_BID_SCORES, "Admissible bids without a score: " + missing);
        }
    }

    /**
     * The awards of the given bids: one bid, or one per lot. A public tender awards only bids declared admissible;
     * a Compra Ágil, which may skip the admissibility review, any bid not declared inadmissible.
     */
    List<AwardLine> award(List<String> bidIds, boolean onlyDeclaredAdmissible) {
        if (bidIds == null || bidIds.isEmpty()) {
            throw refused(ErrorCode.VALIDATION_FAILED, "An award names at least one bid");
        }
        Set<String> lots = new HashSet<>();
        List<AwardLine> awards = new ArrayList<>();
        for (String bidId : bidIds) {
            Bid bid = require(bidId);
            if (bid.admissibility() == Admissibility.INADMISSIBLE
                    || (onlyDeclaredAdmissible && bid.admissibility() != Admissibility.ADMISSIBLE)) {
                throw refused(ErrorCode.BID_NOT_ADMISSIBLE, "Bid " + bidId + " was not declared admissible");
            }
            if (!lots.add(bid.lot() == null ? "" : bid.lot())) {
                throw refused(ErrorCode.LOT_AWARDED_TWICE, bid.lot() == null
                        ? "A purchase without lots is awarded to exactly one bid"
                        : "Lot " + bid.lot() + " is awarded to one bid only");
            }
            awards.add(new AwardLine(bid.bidId(), bid.bidId(), bid.supplier(), bid.supplierName(), bid.amount(),
                    bid.lot()));
        }
        return List.copyOf(awards);
    }

    Bids with(Bid bid) {
        List<Bid> next = new ArrayList<>(received);
        next.add(bid);
        return new Bids(List.copyOf(next));
    }

    Bids decided(String bidId, Admissibility admissibility) {
        return new Bids(received.stream().map(b -> b.bidId().equals(bidId) ? new Bid(b.bidId(), b.supplier(),
                b.supplierName(), b.amount(), b.lot(), admissibility) : b).toList());
    }
}
