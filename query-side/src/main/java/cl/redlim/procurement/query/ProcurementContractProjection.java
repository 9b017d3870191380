package cl.redlim.procurement.query;

import cl.redlim.procurement.api.ContractAmendedEvent;
import cl.redlim.procurement.api.ContractPaymentRecordedEvent;
import cl.redlim.procurement.api.ContractSignedEvent;
import cl.redlim.procurement.api.ContractTerminatedEvent;
import cl.redlim.procurement.api.ProcurementStatus;
import cl.redlim.procurement.api.PurchaseOrderIssuedEvent;
import cl.redlim.readmodel.SequencedDocuments;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static cl.redlim.readmodel.DocValues.date;
import static cl.redlim.readmodel.DocValues.longValue;

/**
 * The contracts of a process document: value (amendments included), what was ordered and paid, and termination.
 * Same processing group and documents as {@link ProcurementProjection}, whose version guard it shares.
 */
@Component
@ProcessingGroup(ProcurementProjection.GROUP)
class ProcurementContractProjection {

    static final String ACTIVE = "ACTIVE";
    static final String TERMINATED = "TERMINATED";

    private final SequencedDocuments processes;

    ProcurementContractProjection(MongoDatabase readModelDatabase) {
        this.processes = new SequencedDocuments(readModelDatabase.getCollection(ProcurementProjection.COLLECTION));
    }

    @EventHandler
    void on(ContractSignedEvent event, @SequenceNumber long sequence) {
        Document process = processes.find(event.processId());
        if (process == null) {
            return;
        }
        String supplierName = process.getList("awards", Document.class).stream()
                .filter(a -> event.awardId().equals(a.getString("awardId")))
                .map(a -> a.getString("supplierName")).findFirst().orElse(null);
        processes.update(event.processId(), sequence, Updates.set("status", ProcurementStatus.CONTRACTED.name()),
                Updates.inc("contractedAmount", event.value().amount()),
                Updates.push("contracts", new Document("contractId", event.contractId())
                        .append("awardId", event.awardId())
                        .append("supplier", event.supplier().value())
                        .append("supplierName", supplierName)
                        .append("originalValue", event.value().amount())
                        .append("value", event.value().amount())
                        .append("ordered", 0L)
                        .append("paid", 0L)
                        .append("status", ACTIVE)
                        .append("startsOn", text(event.startsOn()))
                        .append("endsOn", text(event.endsOn()))
                        .append("signedAt", date(event.signedAt()))
                        .append("terminationReason", null)
                        .append("terminatedAt", null)
                        .append("amendments", List.of())
                        .append("purchaseOrders", List.of())
                        .append("payments", List.of())));
    }

    @EventHandler
    void on(PurchaseOrderIssuedEvent event, @SequenceNumber long sequence) {
        updateContract(event.processId(), event.contractId(), sequence, (at, process, contract) -> List.of(
                Updates.push(at + "purchaseOrders", new Document("orderId", event.orderId())
                        .append("amount", event.amount().amount())
                        .append("description", event.description())
                        .append("issuedAt", date(event.issuedAt()))),
                Updates.inc(at + "ordered", event.amount().amount()),
                Updates.inc("orderedAmount", event.amount().amount())));
    }

    @EventHandler
    void on(ContractPaymentRecordedEvent event, @SequenceNumber long sequence) {
        updateContract(event.processId(), event.contractId(), sequence, (at, process, contract) -> List.of(
                Updates.push(at + "payments", new Document("paymentId", event.paymentId())
                        .append("amount", event.amount().amount())
                        .append("orderId", event.orderId())
                        .append("paidAt", date(event.paidAt()))),
                Updates.inc(at + "paid", event.amount().amount()),
                Updates.inc("paidAmount", event.amount().amount())));
    }

    @EventHandler
    void on(ContractAmendedEvent event, @SequenceNumber long sequence) {
        updateContract(event.processId(), event.contractId(), sequence, (at, process, contract) -> {
            long previous = event.previousValue() == null ? longValue(contract, "value")
                    : event.previousValue().amount();
            long value = event.value() == null ? previous : event.value().amount();
            String endsOn = event.endsOn() == null ? contract.getString("endsOn") : text(event.endsOn());
            return List.of(Updates.set(at + "value", value), Updates.set(at + "endsOn", endsOn),
                    Updates.inc("contractedAmount", value - previous),
                    Updates.push(at + "amendments", new Document("amendmentId", event.amendmentId())
                            .append("previousValue", previous)
                            .append("value", value)
                            .append("previousEndsOn", event.previousEndsOn() == null ? contract.getString("endsOn")
                                    : text(event.previousEndsOn()))
                            .append("endsOn", endsOn)
                            .append("rationale", event.rationale())
                            .append("amendedAt", date(event.amendedAt()))));
        });
    }

    /** As the aggregate decides: the process is TERMINATED once every award has its contract and all are terminated. */
    @EventHandler
    void on(ContractTerminatedEvent event, @SequenceNumber long sequence) {
        updateContract(event.processId(), event.contractId(), sequence, (at, process, contract) -> {
            List<Bson> updates = new ArrayList<>(List.of(Updates.set(at + "status", TERMINATED),
                    Updates.set(at + "terminationReason", event.reason()),
                    Updates.set(at + "terminatedAt", date(event.terminatedAt()))));
            List<Document> all = process.getList("contracts", Document.class);
            boolean othersTerminated = all.stream()
                    .filter(c -> !event.contractId().equals(c.getString("contractId")))
                    .allMatch(c -> TERMINATED.equals(c.getString("status")));
            boolean everyAwardContracted = process.getList("awards", Document.class).stream()
                    .allMatch(a -> all.stream().anyMatch(c -> a.getString("awardId").equals(c.getString("awardId"))));
            if (othersTerminated && everyAwardContracted) {
                updates.add(Updates.set("status", ProcurementStatus.TERMINATED.name()));
            }
            return updates;
        });
    }

    private interface ContractUpdates {
        List<Bson> of(String at, Document process, Document contract);
    }

    private void updateContract(String processId, String contractId, long sequence, ContractUpdates updates) {
        Document process = processes.find(processId);
        if (process == null) {
            return;
        }
        List<Document> contracts = process.getList("contracts", Document.class);
        int index = ProcurementProjection.indexOf(contracts, "contractId", contractId);
        List<Bson> all = index < 0 ? List.of()
                : updates.of("contracts." + index + ".", process, contracts.get(index));
        processes.update(processId, sequence, all.toArray(Bson[]::new));
    }

    private static String text(LocalDate day) {
        return day == null ? null : day.toString();
    }
}
