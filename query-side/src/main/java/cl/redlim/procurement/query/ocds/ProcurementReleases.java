package cl.redlim.procurement.query.ocds;

import cl.redlim.procurement.api.*;
import cl.redlim.procurement.query.ocds.ProcessState.Award;
import cl.redlim.procurement.query.ocds.ProcessState.Bid;
import cl.redlim.procurement.query.ocds.ProcessState.Contract;
import cl.redlim.procurement.query.ocds.ProcessState.Document;
import cl.redlim.procurement.query.ocds.ProcessState.Item;
import cl.redlim.procurement.query.ocds.ProcessState.Party;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static cl.redlim.procurement.query.ocds.OcdsJson.date;
import static cl.redlim.procurement.query.ocds.OcdsJson.object;
import static cl.redlim.procurement.query.ocds.OcdsJson.value;

/**
 * Turns each procurement event into one OCDS 1.1 release, and keeps the process state the next releases need. A
 * release carries what its event changed; the record compiles them (see docs/contexts/procurement-ocds.md for the
 * mapping). Codelist values are those of the official OCDS 1.1.5 codelists; bid details use the official bids
 * extension, and stay out of every release until the bids are opened.
 */
final class ProcurementReleases {

    static final String CUT_PREFIX = "CL-CUT-";
    static final String RUT_SCHEME = "CL-RUT";
    private static final Locale CHILEAN = Locale.forLanguageTag("es-CL");

    private final String ocidPrefix;

    ProcurementReleases(String ocidPrefix) {
        this.ocidPrefix = ocidPrefix;
    }

    /** Where a buyer municipality is, as the territory context named it; names may be unknown (null). */
    record Place(String communeName, String regionName) {
    }

    String ocid(String processId) {
        return ocidPrefix + "-" + processId;
    }

    // ------------------------------------------------------------------------------------------------------------
    // Planning
    // ------------------------------------------------------------------------------------------------------------

    ObjectNode planned(ProcessState s, ProcurementPlannedEvent e, long seq, Place place) {
        s.processId = e.processId();
        s.ocid = ocid(e.processId());
        s.method = e.method().name();
        s.items = e.items() == null ? List.of() : e.items().stream().map(i -> new Item(i.itemId(), i.description(),
                i.quantity(), i.unit(), i.classification(), i.lot())).toList();
        String cut = e.buyer().value();
        String name = place.communeName() == null ? "Municipalidad (CUT " + cut + ")"
                : "Municipalidad de " + place.communeName();
        Party buyer = new Party(CUT_PREFIX + cut, name, null, place.communeName(), place.regionName(),
                List.of("buyer", "procuringEntity"));
        s.buyerId = buyer.id();
        s.parties.put(buyer.id(), buyer);

        ObjectNode r = release(s, seq, e.plannedAt(), "planning");
        r.putArray("parties").add(party(buyer));
        r.set("buyer", ref(buyer));
        ObjectNode planning = r.putObject("planning");
        if (present(e.justification())) {
            planning.put("rationale", e.justification());
        }
        planning.putObject("budget")
                .put("description", "Monto estimado de la compra; valor UTM usado: $" + pesos(e.utmValue().amount()))
                .set("amount", value(e.estimatedAmount().amount()));
        ObjectNode tender = tender(r, s)
                .put("title", e.title())
                .put("description", e.description())
                .put("status", "planning");
        tender.set("procuringEntity", ref(buyer));
        ArrayNode items = tender.putArray("items");
        s.items.forEach(i -> items.add(item(i)));
        tender.set("value", value(e.estimatedAmount().amount()));
        tender.put("procurementMethod", switch (e.method()) {
            case PUBLIC_TENDER, COMPRA_AGIL -> "open";
            case DIRECT_AWARD -> "direct";
            case FRAMEWORK_AGREEMENT -> "limited";
        });
        tender.put("procurementMethodDetails", switch (e.method()) {
            case PUBLIC_TENDER -> "Licitación Pública" + (e.tenderType() == null ? "" : " " + e.tenderType().name());
            case COMPRA_AGIL -> "Compra Ágil";
            case DIRECT_AWARD -> "Trato directo: " + ground(e.directAwardGround());
            case FRAMEWORK_AGREEMENT -> "Convenio marco " + e.frameworkAgreementId();
        });
        if (present(e.justification())) {
            tender.put("procurementMethodRationale", e.justification());
        }
        if (e.category() != null) {
            tender.put("mainProcurementCategory", e.category().name().toLowerCase(Locale.ROOT));
        }
        if (e.method() == ProcurementMethod.FRAMEWORK_AGREEMENT && present(e.frameworkAgreementId())) {
            ObjectNode framework = r.putArray("relatedProcesses").addObject()
                    .put("id", "convenio-marco")
                    .put("title", "Convenio marco " + e.frameworkAgreementId())
                    .put("identifier", e.frameworkAgreementId());
            framework.putArray("relationship").add("framework");
        }
        return r;
    }

    ObjectNode marketConsultation(ProcessState s, MarketConsultationRecordedEvent e, long seq) {
        ObjectNode r = release(s, seq, e.consultedAt(), "planningUpdate");
        r.putObject("planning").putArray("documents").addObject()
                .put("id", "consulta-al-mercado-" + seq)
                .put("documentType", "marketStudies")
                .put("title", "Consulta al mercado")
                .put("description", e.summary())
                .put("datePublished", date(e.consultedAt()));
        return r;
    }

    // ------------------------------------------------------------------------------------------------------------
    // Tender
    // ------------------------------------------------------------------------------------------------------------

    ObjectNode published(ProcessState s, TenderPublishedEvent e, long seq) {
        ObjectNode r = release(s, seq, e.publishedAt(), "tender");
        ObjectNode tender = tender(r, s).put("status", "active");
        tender.putObject("tenderPeriod")
                .put("startDate", date(e.publishedAt()))
                .put("endDate", date(e.closesAt()))
                .put("durationInDays", Duration.between(e.publishedAt(), e.closesAt()).toDays());
        tender.putArray("submissionMethod").add("electronicSubmission");
        tender.put("submissionMethodDetails", "Plazo mínimo de publicación: " + period(e.minimumPeriod())
                + (e.reducedPeriod() ? "; plazo reducido: " + e.reducedPeriodJustification() : ""));
        return r;
    }

    /** "10 días corridos", or the ISO-8601 form for a period that is not a whole number of days. */
    private static String period(Duration minimum) {
        return minimum.toSeconds() % 86_400 == 0 && minimum.getNano() == 0
                ? minimum.toDays() + " días corridos" : minimum.toString();
    }

    ObjectNode amended(ProcessState s, TenderAmendedEvent e, long seq) {
        ObjectNode r = release(s, seq, e.amendedAt(), "tenderAmendment");
        ObjectNode tender = tender(r, s);
        if (e.closesAt() != null && !e.closesAt().equals(e.previousClosesAt())) {
            tender.putObject("tenderPeriod").put("endDate", date(e.closesAt()));
        }
        String description = e.description() + (e.extendedByRule()
                ? " El cierre se extendió hasta " + date(e.closesAt())
                + " para respetar el plazo mínimo que exigen las reglas tras una modificación." : "");
        tender.putArray("amendments").addObject()
                .put("id", e.amendmentId())
                .put("date", date(e.amendedAt()))
                .put("rationale", e.rationale())
                .put("description", description)
                .put("amendsReleaseID", s.lastReleaseId)
                .put("releaseID", r.get("id").asText());
        return r;
    }

    /**
     * Bids are confidential until opened: the release says how many bids arrived (the bids extension's statistic
     * {@code bids}), and nothing else. Not even the number of distinct tenderers, which would tell that a supplier who
     * had bid already bid again, for another lot.
     */
    ObjectNode bidSubmitted(ProcessState s, BidSubmittedEvent e, long seq) {
        s.bids.put(e.bidId(), new Bid(supplierId(e.supplier().value()), e.supplierName(), e.amount().amount(),
                e.lot(), e.documents() == null ? List.of()
                : e.documents().stream().map(d -> new Document(d.title(), d.url())).toList(),
                date(e.submittedAt())));
        // the supplier's party is remembered now, but listed only when the bids are opened
        s.parties.putIfAbsent(supplierId(e.supplier().value()), new Party(supplierId(e.supplier().value()),
                e.supplierName(), e.supplier().value(), null, null, List.of()));
        ObjectNode r = release(s, seq, e.submittedAt(), "tenderUpdate");
        tender(r, s);
        r.putObject("bids").putArray("statistics").addObject()
                .put("id", "bids").put("measure", "bids").put("value", s.bids.size());
        return r;
    }

    ObjectNode bidsOpened(ProcessState s, BidsOpenedEvent e, long seq) {
        s.opened = true;
        ObjectNode r = release(s, seq, e.openedAt(), "tenderUpdate");
        ObjectNode tender = tender(r, s).put("numberOfTenderers", tenderers(s).size());
        ArrayNode tenderers = tender.putArray("tenderers");
        ArrayNode parties = r.putArray("parties");
        for (String id : tenderers(s)) {
            Party tenderer = s.parties.get(id).withRole("tenderer");
            s.parties.put(id, tenderer);
            tenderers.add(ref(tenderer));
            parties.add(party(tenderer));
        }
        tender.putObject("awardPeriod").put("startDate", date(e.openedAt()));
        ArrayNode details = r.putObject("bids").putArray("details");
        s.bids.forEach((bidId, bid) -> {
            ObjectNode detail = details.addObject()
                    .put("id", bidId)
                    .put("date", bid.submittedAt())
                    .put("status", "pending");
            detail.putArray("tenderers").add(ref(s.parties.get(bid.supplierId())));
            detail.set("value", value(bid.amount()));
            if (!bid.documents().isEmpty()) {
                ArrayNode documents = detail.putArray("documents");
                for (int i = 0; i < bid.documents().size(); i++) {
                    Document d = bid.documents().get(i);
                    ObjectNode document = documents.addObject()
                            .put("id", bidId + "-" + (i + 1))
                            .put("documentType", "submissionDocuments")
                            .put("title", d.title());
                    if (isWebAddress(d.url())) {
                        document.put("url", d.url());
                    }
                }
            }
        });
        return r;
    }

    ObjectNode bidAdmissible(ProcessState s, BidDeclaredAdmissibleEvent e, long seq) {
        ObjectNode r = release(s, seq, e.decidedAt(), "tenderUpdate");
        r.putObject("bids").putArray("details").addObject().put("id", e.bidId()).put("status", "valid");
        return r;
    }

    ObjectNode bidInadmissible(ProcessState s, BidDeclaredInadmissibleEvent e, long seq) {
        ObjectNode r = release(s, seq, e.decidedAt(), "tenderUpdate");
        ObjectNode detail = r.putObject("bids").putArray("details").addObject()
                .put("id", e.bidId()).put("status", "disqualified");
        detail.putArray("documents").addObject()
                .put("id", e.bidId() + "-inadmisibilidad")
                .put("documentType", "evaluationReports")
                .put("title", "Declaración de inadmisibilidad")
                .put("description", e.reasons() == null ? "" : String.join("; ", e.reasons()))
                .put("datePublished", date(e.decidedAt()));
        return r;
    }

    ObjectNode evaluated(ProcessState s, BidsEvaluatedEvent e, long seq) {
        ObjectNode r = release(s, seq, e.evaluatedAt(), "tenderUpdate");
        String scores = e.scores().stream().map(score -> {
            Bid bid = s.bids.get(score.bidId());
            String who = bid == null ? "oferta " + score.bidId() : bid.supplierName() + " (oferta " + score.bidId() + ")";
            return who + ": " + score.score();
        }).collect(Collectors.joining("; "));
        tender(r, s).putArray("documents").addObject()
                .put("id", "informe-evaluacion-" + seq)
                .put("documentType", "evaluationReports")
                .put("title", "Informe de evaluación")
                .put("description", e.reportSummary() + (scores.isEmpty() ? "" : " Puntajes: " + scores + "."))
                .put("datePublished", date(e.evaluatedAt()));
        return r;
    }

    // ------------------------------------------------------------------------------------------------------------
    // Award
    // ------------------------------------------------------------------------------------------------------------

    ObjectNode awarded(ProcessState s, ProcurementAwardedEvent e, long seq) {
        ObjectNode r = release(s, seq, e.awardedAt(), "award");
        ArrayNode parties = r.putArray("parties");
        Set<String> listed = new LinkedHashSet<>();
        ArrayNode awards = r.putArray("awards");
        for (AwardLine line : e.awards()) {
            String supplierId = supplierId(line.supplier().value());
            Party known = s.parties.get(supplierId);
            Party supplier = (known == null ? new Party(supplierId, line.supplierName(), line.supplier().value(),
                    null, null, List.of()) : known).withRole("supplier");
            s.parties.put(supplierId, supplier);
            if (listed.add(supplierId)) {
                parties.add(party(supplier));
            }
            String title = line.lot() == null ? "Adjudicación" : "Lote " + line.lot();
            s.awards.put(line.awardId(), new Award(title, supplierId, line.supplierName(), line.lot()));
            ObjectNode award = awards.addObject()
                    .put("id", line.awardId())
                    .put("title", title)
                    .put("status", "active")
                    .put("date", date(e.awardedAt()));
            award.set("value", value(line.amount().amount()));
            award.putArray("suppliers").add(ref(supplier));
            award.set("items", items(s, line.lot()));
        }
        ObjectNode tender = tender(r, s).put("status", "complete");
        tender.putObject("awardPeriod").put("endDate", date(e.awardedAt()));
        return r;
    }

    ObjectNode declaredVoid(ProcessState s, ProcurementDeclaredVoidEvent e, long seq) {
        ObjectNode r = release(s, seq, e.declaredAt(), "tenderUpdate");
        ObjectNode tender = tender(r, s).put("status", "unsuccessful");
        tender.putArray("documents").addObject()
                .put("id", "declaracion-desierta")
                .put("documentType", "cancellationDetails")
                .put("title", "Declaración de licitación desierta")
                .put("description", e.reason())
                .put("datePublished", date(e.declaredAt()));
        return r;
    }

    // ------------------------------------------------------------------------------------------------------------
    // Contract and implementation
    // ------------------------------------------------------------------------------------------------------------

    ObjectNode contractSigned(ProcessState s, ContractSignedEvent e, long seq) {
        Award award = s.awards.get(e.awardId());
        String supplierId = award != null ? award.supplierId() : supplierId(e.supplier().value());
        s.contracts.put(e.contractId(), new Contract(e.awardId(), supplierId, false, false));
        ObjectNode r = release(s, seq, e.signedAt(), "contract");
        ObjectNode contract = contract(r, s, e.contractId())
                .put("title", "Contrato" + (award == null || award.lot() == null ? "" : " del lote " + award.lot()))
                .put("status", "active");
        ObjectNode period = contract.putObject("period");
        if (e.startsOn() != null) {
            period.put("startDate", OcdsJson.startOfDay(e.startsOn()));
        }
        if (e.endsOn() != null) {
            period.put("endDate", OcdsJson.endOfDay(e.endsOn()));
        }
        contract.set("value", value(e.value().amount()));
        contract.set("items", items(s, award == null ? null : award.lot()));
        contract.put("dateSigned", date(e.signedAt()));
        return r;
    }

    /**
     * A purchase order (orden de compra) is an implementation milestone of its contract: core OCDS has no purchase
     * order, and a milestone has an id, a date and a description, where its amount is written.
     */
    ObjectNode purchaseOrder(ProcessState s, PurchaseOrderIssuedEvent e, long seq) {
        ObjectNode r = release(s, seq, e.issuedAt(), implementationTag(s, e.contractId()));
        contract(r, s, e.contractId()).putObject("implementation").putArray("milestones").addObject()
                .put("id", e.orderId())
                .put("title", "Orden de compra")
                .put("type", "delivery")
                .put("code", "purchaseOrder")
                .put("description", (present(e.description()) ? e.description() + ". " : "")
                        + "Monto de la orden de compra: $" + pesos(e.amount().amount()) + " CLP")
                .put("status", "scheduled")
                .put("dateModified", date(e.issuedAt()));
        return r;
    }

    ObjectNode payment(ProcessState s, ContractPaymentRecordedEvent e, long seq) {
        Contract contract = s.contracts.get(e.contractId());
        ObjectNode r = release(s, seq, e.paidAt(), implementationTag(s, e.contractId()));
        ArrayNode parties = r.putArray("parties");
        Party payer = role(s, s.buyerId, "payer", parties);
        Party payee = contract == null ? null : role(s, contract.supplierId(), "payee", parties);
        if (parties.isEmpty()) {
            r.remove("parties");
        }
        ObjectNode transaction = contract(r, s, e.contractId()).putObject("implementation").putArray("transactions")
                .addObject()
                .put("id", e.paymentId())
                .put("date", date(e.paidAt()));
        transaction.set("value", value(e.amount().amount()));
        if (payer != null) {
            transaction.set("payer", ref(payer));
        }
        if (payee != null) {
            transaction.set("payee", ref(payee));
        }
        return r;
    }

    ObjectNode contractAmended(ProcessState s, ContractAmendedEvent e, long seq) {
        ObjectNode r = release(s, seq, e.amendedAt(), "contractAmendment");
        ObjectNode contract = contract(r, s, e.contractId());
        List<String> changes = new ArrayList<>();
        if (e.value() != null) {
            contract.set("value", value(e.value().amount()));
            if (e.previousValue() != null && !e.value().equals(e.previousValue())) {
                changes.add("valor de $" + pesos(e.previousValue().amount()) + " a $" + pesos(e.value().amount())
                        + " CLP");
            }
        }
        if (e.endsOn() != null) {
            contract.putObject("period").put("endDate", OcdsJson.endOfDay(e.endsOn()));
            if (!e.endsOn().equals(e.previousEndsOn())) {
                changes.add("término del " + e.previousEndsOn() + " al " + e.endsOn());
            }
        }
        contract.putArray("amendments").addObject()
                .put("id", e.amendmentId())
                .put("date", date(e.amendedAt()))
                .put("rationale", e.rationale())
                .put("description", changes.isEmpty() ? "Modificación del contrato"
                        : "Modificación del contrato: " + String.join("; ", changes) + ".")
                .put("amendsReleaseID", s.lastReleaseId)
                .put("releaseID", r.get("id").asText());
        return r;
    }

    ObjectNode contractTerminated(ProcessState s, ContractTerminatedEvent e, long seq) {
        s.contracts.computeIfPresent(e.contractId(), (id, c) -> c.ended());
        ObjectNode r = release(s, seq, e.terminatedAt(), "contractTermination");
        ObjectNode contract = contract(r, s, e.contractId()).put("status", "terminated");
        contract.putArray("documents").addObject()
                .put("id", e.contractId() + "-termino")
                .put("documentType", "contractArrangements")
                .put("title", "Término anticipado del contrato")
                .put("description", e.reason())
                .put("datePublished", date(e.terminatedAt()));
        return r;
    }

    /**
     * The process is complete: its contracts still in force have come to a close, which OCDS's contract status
     * {@code terminated} covers ("due to the successful completion of the contract, or ... early termination").
     */
    ObjectNode completed(ProcessState s, ProcurementCompletedEvent e, long seq) {
        ObjectNode r = release(s, seq, e.completedAt(), "contractUpdate");
        s.contracts.forEach((id, c) -> {
            if (!c.terminated()) {
                contract(r, s, id).put("status", "terminated");
            }
        });
        s.contracts.replaceAll((id, c) -> c.ended());
        return r;
    }

    // ------------------------------------------------------------------------------------------------------------
    // Building blocks
    // ------------------------------------------------------------------------------------------------------------

    private static ObjectNode release(ProcessState s, long seq, Instant at, String tag) {
        ObjectNode r = object()
                .put("ocid", s.ocid)
                .put("id", s.ocid + "-" + seq)
                .put("date", date(at));
        r.putArray("tag").add(tag);
        return r.put("initiationType", "tender").put("language", "es");
    }

    private static ObjectNode tender(ObjectNode release, ProcessState s) {
        return release.putObject("tender").put("id", s.processId);
    }

    private static ObjectNode contract(ObjectNode release, ProcessState s, String contractId) {
        ArrayNode contracts = release.has("contracts") ? (ArrayNode) release.get("contracts")
                : release.putArray("contracts");
        Contract known = s.contracts.get(contractId);
        return contracts.addObject().put("id", contractId).put("awardID", known == null ? "" : known.awardId());
    }

    private static String implementationTag(ProcessState s, String contractId) {
        Contract contract = s.contracts.get(contractId);
        if (contract == null || contract.implementationStarted()) {
            return "implementationUpdate";
        }
        s.contracts.put(contractId, contract.started());
        return "implementation";
    }

    /** Gives a party a role; lists it in the release when the role is new to it. */
    private static Party role(ProcessState s, String partyId, String role, ArrayNode parties) {
        Party party = s.parties.get(partyId);
        if (party == null) {
            return null;
        }
        Party updated = party.withRole(role);
        if (updated != party) {
            s.parties.put(partyId, updated);
            parties.add(party(updated));
        }
        return updated;
    }

    /** The distinct suppliers who bid, in the order of their first bid. */
    private static List<String> tenderers(ProcessState s) {
        return s.bids.values().stream().map(Bid::supplierId).distinct().toList();
    }

    private static ArrayNode items(ProcessState s, String lot) {
        ArrayNode items = OcdsJson.MAPPER.createArrayNode();
        s.items.stream().filter(i -> lot == null || lot.equals(i.lot())).forEach(i -> items.add(item(i)));
        return items;
    }

    private static ObjectNode item(Item i) {
        ObjectNode item = object().put("id", i.id()).put("description", i.description());
        if (present(i.classification())) {
            item.putObject("classification").put("scheme", "UNSPSC").put("id", i.classification());
        }
        item.put("quantity", i.quantity());
        if (present(i.unit())) {
            item.putObject("unit").put("name", i.unit());
        }
        return item;
    }

    private static ObjectNode party(Party p) {
        ObjectNode party = object().put("id", p.id()).put("name", p.name());
        if (p.rut() != null) {
            party.putObject("identifier").put("scheme", RUT_SCHEME).put("id", p.rut()).put("legalName", p.name());
        }
        if (p.locality() != null || p.region() != null) {
            ObjectNode address = party.putObject("address");
            if (p.locality() != null) {
                address.put("locality", p.locality());
            }
            if (p.region() != null) {
                address.put("region", p.region());
            }
            address.put("countryName", "Chile");
        }
        ArrayNode roles = party.putArray("roles");
        p.roles().forEach(roles::add);
        return party;
    }

    private static ObjectNode ref(Party p) {
        return object().put("id", p.id()).put("name", p.name());
    }

    static String supplierId(String rut) {
        return RUT_SCHEME + "-" + rut;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    /** Only absolute http(s) addresses are published as a document's url, which OCDS requires to be a URI. */
    private static boolean isWebAddress(String url) {
        if (url == null) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String pesos(long amount) {
        return NumberFormat.getIntegerInstance(CHILEAN).format(amount);
    }

    static String ground(DirectAwardGround ground) {
        if (ground == null) {
            return "causal no indicada";
        }
        String label = switch (ground) {
            case NO_BIDS_IN_PUBLIC_TENDER -> "licitación pública sin ofertas o sin ofertas admisibles";
            case CONTRACT_TERMINATED_EARLY -> "término anticipado de un contrato, con saldo menor por ejecutar";
            case EMERGENCY -> "emergencia, urgencia o imprevisto";
            case SOLE_SUPPLIER -> "proveedor único";
            case FOREIGN_SERVICES -> "servicios de personas jurídicas extranjeras que se ejecutan fuera del país";
            case CONFIDENTIAL_SECURITY -> "trabajos confidenciales relativos a la seguridad nacional";
            case HIGHLY_SPECIALISED_SERVICES -> "servicios de naturaleza altamente especializada";
            case SERVICE_CONTINUITY -> "continuidad de un servicio cuya interrupción afectaría a la comunidad";
        };
        return label + " (" + ground.name() + ")";
    }
}
