package cl.redlim.procurement.command;

import cl.redlim.kernel.Checks;
import cl.redlim.kernel.Clp;
import cl.redlim.kernel.ErrorCode;
import cl.redlim.procurement.api.AwardLine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static cl.redlim.kernel.Checks.refused;

/**
 * The contracts signed for a process's awards, with what was ordered and paid under each. Immutable: each change
 * returns a new value. Money is compared exactly, in whole pesos.
 */
record Contracts(List<Contract> signed) {

    /** An amendment may raise a contract's value to at most this percentage of its original value. */
    static final long AMENDMENT_LIMIT_PERCENT = 130;

    record Contract(String contractId, String awardId, Clp originalValue, Clp value, LocalDate startsOn,
                    LocalDate endsOn, Clp ordered, Clp paid, Set<String> orderIds, Set<String> paymentIds,
                    int amendments, boolean terminated) {

        Contract withOrder(String orderId, Clp amount) {
            return new Contract(contractId, awardId, originalValue, value, startsOn, endsOn, ordered.plus(amount),
                    paid, plus(orderIds, orderId), paymentIds, amendments, terminated);
        }

        Contract withPayment(String paymentId, Clp amount) {
            return new Contract(contractId, awardId, originalValue, value, startsOn, endsOn, ordered,
                    paid.plus(amount), orderIds, plus(paymentIds, paymentId), amendments, terminated);
        }

        Contract amended(Clp newValue, LocalDate newEndsOn) {
            return new Contract(contractId, awardId, originalValue, newValue, startsOn, newEndsOn, ordered, paid,
                    orderIds, paymentIds, amendments + 1, terminated);
        }

        Contract asTerminated() {
            return new Contract(contractId, awardId, originalValue, value, startsOn, endsOn, ordered, paid,
                    orderIds, paymentIds, amendments, true);
        }

        /** The largest value an amendment may give: 130 % of the original, rounded down to the peso. */
        Clp amendmentCeiling() {
            return Clp.of(Math.multiplyExact(originalValue.amount(), AMENDMENT_LIMIT_PERCENT) / 100);
        }

        /**
         * An amendment changes the value or the end date; the value stays within 130 % of the original (compared
         * exactly: value × 100 ≤ original × 130) and not below what was ordered or paid.
         */
        void checkAmendment(Clp newValue, LocalDate newEndsOn) {
            if (newValue.equals(value) && newEndsOn.equals(endsOn)) {
                throw refused(ErrorCode.VALIDATION_FAILED, "An amendment changes the value or the end date");
            }
            Checks.positive(newValue, "The contract's value");
            if (Math.multiplyExact(newValue.amount(), 100L)
                    > Math.multiplyExact(originalValue.amount(), AMENDMENT_LIMIT_PERCENT)) {
                throw refused(ErrorCode.CONTRACT_AMENDMENT_LIMIT, "The original value is " + originalValue.amount()
                        + " CLP: amendments may raise it to " + amendmentCeiling().amount() + " CLP ("
                        + AMENDMENT_LIMIT_PERCENT + " %), not " + newValue.amount());
            }
            if (ordered.isGreaterThan(newValue) || paid.isGreaterThan(newValue)) {
                throw refused(ErrorCode.CONTRACT_AMENDMENT_LIMIT, ordered.amount() + " CLP are ordered and "
                        + paid.amount() + " paid: the value cannot go below that");
            }
            checkDates(startsOn, newEndsOn);
        }

        void checkOrder(Clp amount) {
            Checks.positive(amount, "The order's amount");
            if (ordered.plus(amount).isGreaterThan(value)) {
                throw refused(ErrorCode.PURCHASE_ORDERS_EXCEED_CONTRACT, "The contract is worth " + value.amount()
                        + " CLP and " + ordered.amount() + " are ordered already");
            }
        }

        void checkPayment(Clp amount, String orderId) {
            Checks.positive(amount, "The payment's amount");
            if (orderId != null && !orderIds.contains(orderId)) {
                throw refused(ErrorCode.VALIDATION_FAILED,
                        "Contract " + contractId + " has no purchase order " + orderId);
            }
            if (paid.plus(amount).isGreaterThan(value)) {
                throw refused(ErrorCode.PAYMENT_EXCEEDS_CONTRACT, "The contract is worth " + value.amount()
                        + " CLP and " + paid.amount() + " are paid already; amend the contract first");
            }
        }

        private static Set<String> plus(Set<String> ids, String id) {
            return Set.copyOf(Stream.concat(ids.stream(), Stream.of(id)).toList());
        }
    }

    /** A new contract for an award: one per award, worth no more than it, with coherent dates. */
    void checkNew(String contractId, AwardLine award, Clp value, LocalDate startsOn, LocalDate endsOn) {
        if (exists(contractId)) {
            throw refused(ErrorCode.ALREADY_EXISTS, "Contract " + contractId + " exists already");
        }
        if (hasContractFor(award.awardId())) {
            throw refused(ErrorCode.CONTRACT_EXCEEDS_AWARD, "Award " + award.awardId() + " has its contract already");
        }
        Checks.positive(value, "The contract's value");
        if (value.isGreaterThan(award.amount())) {
            throw refused(ErrorCode.CONTRACT_EXCEEDS_AWARD, "The award is " + award.amount().amount()
                    + " CLP; the contract cannot be worth " + value.amount());
        }
        checkDates(Checks.present(startsOn, "The start date"), Checks.present(endsOn, "The end date"));
    }

    /** Ids of orders and payments are unique in the process. */
    void checkNewIds(String orderId, String paymentId) {
        if (orderId != null && signed.stream().anyMatch(c -> c.orderIds().contains(orderId))) {
            throw refused(ErrorCode.ALREADY_EXISTS, "Purchase order " + orderId + " exists already");
        }
        if (paymentId != null && signed.stream().anyMatch(c -> c.paymentIds().contains(paymentId))) {
            throw refused(ErrorCode.ALREADY_EXISTS, "Payment " + paymentId + " exists already");
        }
    }

    private static void checkDates(LocalDate startsOn, LocalDate endsOn) {
        if (endsOn.isBefore(startsOn)) {
            throw refused(ErrorCode.VALIDATION_FAILED, "A contract ends on or after the day it starts");
        }
    }

    static Contracts none() {
        return new Contracts(List.of());
    }

    static Contract signed(String contractId, String awardId, Clp value, LocalDate startsOn, LocalDate endsOn) {
        return new Contract(contractId, awardId, value, value, startsOn, endsOn, Clp.ZERO, Clp.ZERO, Set.of(),
                Set.of(), 0, false);
    }

    private boolean exists(String contractId) {
        return signed.stream().anyMatch(c -> c.contractId().equals(contractId));
    }

    boolean hasContractFor(String awardId) {
        return signed.stream().anyMatch(c -> c.awardId().equals(awardId));
    }

    boolean allTerminated() {
        return !signed.isEmpty() && signed.stream().allMatch(Contract::terminated);
    }

    Contract require(String contractId) {
        return signed.stream().filter(c -> c.contractId().equals(contractId)).findFirst().orElseThrow(() ->
                refused(ErrorCode.UNKNOWN_CONTRACT, "No contract " + contractId + " in this process"));
    }

    Contracts with(Contract contract) {
        List<Contract> next = new ArrayList<>(signed);
        next.add(contract);
        return new Contracts(List.copyOf(next));
    }

    Contracts changed(String contractId, UnaryOperator<Contract> change) {
        return new Contracts(signed.stream().map(c -> c.contractId().equals(contractId) ? change.apply(c) : c)
                .toList());
    }
}
