package cl.redlim.procurement.query.ocds;

import cl.redlim.kernel.Clp;
import cl.redlim.kernel.CommuneCode;
import cl.redlim.kernel.Rut;
import cl.redlim.procurement.api.*;
import cl.redlim.territory.api.CommuneRegisteredEvent;
import cl.redlim.territory.api.RegionRegisteredEvent;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Full procurement histories, event by event, as the procurement aggregate records them: an amended tender, a void
 * tender, a direct award, a multi-lot award, a terminated contract, a Compra Ágil and a framework purchase. Each
 * event's sequence number is its index. Shared with standalone's end-to-end tests through the test jar.
 */
public final class ProcurementScenarios {

    /** One process: its name, id and events in order. */
    public record Scenario(String name, String processId, List<Object> events) {
        /** The index of the first event of that type, or -1. */
        public int indexOf(Class<?> type) {
            for (int i = 0; i < events.size(); i++) {
                if (type.isInstance(events.get(i))) {
                    return i;
                }
            }
            return -1;
        }
    }

    static final Clp UTM = Clp.of(68_000);
    static final Instant T0 = Instant.parse("2025-03-03T12:00:00Z");

    public static final Supplier ANDINA = new Supplier("76086428-5", "Tecnología Andina SpA");
    public static final Supplier PACIFICO = new Supplier("77123456-9", "Computación del Pacífico Ltda.");
    public static final Supplier CORDILLERA = new Supplier("96543210-8", "Distribuidora Cordillera S.A.");
    public static final Supplier LITORAL = new Supplier("76999888-8", "Constructora Litoral Ltda.");
    public static final Supplier BIOBIO = new Supplier("78111222-4", "Equipos Médicos Biobío SpA");
    public static final Supplier SUR = new Supplier("76222333-3", "Clínica Equipamiento Sur Ltda.");
    public static final Supplier ARAUCANIA = new Supplier("79333444-3", "Servicios Ambientales Araucanía SpA");
    public static final Supplier LIMPIO = new Supplier("76444555-4", "Temuco Limpio Ltda.");
    public static final Supplier OFICINA = new Supplier("77555666-8", "Librería y Oficina Central Ltda.");
    public static final Supplier PAPELERIA = new Supplier("76666777-5", "Papelería Puente SpA");
    public static final Supplier INSUMOS = new Supplier("96777888-5", "Insumos Integrales S.A.");
    public static final Supplier NORTE = new Supplier("76888999-6", "Computadores del Norte SpA");

    /** A supplier: its RUT and name. */
    public record Supplier(String rut, String name) {
        Rut id() {
            return Rut.of(rut);
        }
    }

    private ProcurementScenarios() {
    }

    /** The territory the buyers are in, as the territory context registers it. */
    public static List<Object> territory() {
        return List.of(
                new RegionRegisteredEvent("13", "Metropolitana de Santiago", "CL-RM"),
                new RegionRegisteredEvent("05", "Valparaíso", "CL-VS"),
                new RegionRegisteredEvent("08", "Biobío", "CL-BI"),
                new RegionRegisteredEvent("09", "La Araucanía", "CL-AR"),
                new RegionRegisteredEvent("02", "Antofagasta", "CL-AN"),
                new CommuneRegisteredEvent(CommuneCode.of("13101"), "Santiago", "131", "13"),
                new CommuneRegisteredEvent(CommuneCode.of("13119"), "Maipú", "131", "13"),
                new CommuneRegisteredEvent(CommuneCode.of("13201"), "Puente Alto", "132", "13"),
                new CommuneRegisteredEvent(CommuneCode.of("05101"), "Valparaíso", "051", "05"),
                new CommuneRegisteredEvent(CommuneCode.of("08101"), "Concepción", "081", "08"),
                new CommuneRegisteredEvent(CommuneCode.of("09101"), "Temuco", "091", "09"),
                new CommuneRegisteredEvent(CommuneCode.of("02101"), "Antofagasta", "021", "02"));
    }

    public static List<Scenario> all() {
        return List.of(amendedTender(), voidTender(), directAward(), multiLotAward(), terminatedContract(),
                compraAgil(), frameworkPurchase());
    }

    static Instant day(double days) {
        return T0.plus(Duration.ofMinutes(Math.round(days * 24 * 60)));
    }

    private static BidSubmittedEvent bid(String process, String bidId, Supplier s, long amount, String lot,
                                         double day, BidDocument... documents) {
        return new BidSubmittedEvent(process, bidId, s.id(), s.name(), Clp.of(amount), lot, List.of(documents),
                day(day));
    }

    private static AwardLine line(String bidId, Supplier s, long amount, String lot) {
        return new AwardLine(bidId, bidId, s.id(), s.name(), Clp.of(amount), lot);
    }

    /** LE public tender of Santiago, amended (closing extended by rule), three bids, one inadmissible, amended contract. */
    public static Scenario amendedTender() {
        String p = "6d1c3a52-0b0e-4c3e-9d3a-0a0000000001";
        return new Scenario("amended public tender (LE)", p, List.of(
                new ProcurementPlannedEvent(p, CommuneCode.of("13101"), "Notebooks para escuelas municipales",
                        "40 notebooks con licencia ofimática para laboratorios de computación", ProcurementCategory.GOODS,
                        List.of(new ProcurementItem("1", "Notebook 14 pulgadas, 16 GB RAM", 40, "unidad", "43211503", null),
                                new ProcurementItem("2", "Licencia ofimática anual", 40, "licencia", "43231513", null)),
                        Clp.of(32_000_000), UTM, ProcurementMethod.PUBLIC_TENDER, TenderType.LE, null, null, null, day(0)),
                new TenderPublishedEvent(p, day(12), Duration.ofDays(10), false, null, day(2)),
                new TenderAmendedEvent(p, "enmienda-1", "Aclaración de especificaciones técnicas",
                        "Se exige garantía de tres años para los equipos.", day(12), day(15), true, day(10)),
                bid(p, "b1000000-0000-4000-8000-000000000001", ANDINA, 30_500_000, null, 11,
                        new BidDocument("Oferta técnica", "https://documentos.example.cl/ofertas/andina.pdf")),
                bid(p, "b1000000-0000-4000-8000-000000000002", PACIFICO, 31_900_000, null, 13),
                bid(p, "b1000000-0000-4000-8000-000000000003", CORDILLERA, 29_800_000, null, 14,
                        new BidDocument("Anexo económico", "anexo económico.pdf")),
                new BidsOpenedEvent(p, 3, day(15.05)),
                new BidDeclaredAdmissibleEvent(p, "b1000000-0000-4000-8000-000000000001", day(17)),
                new BidDeclaredAdmissibleEvent(p, "b1000000-0000-4000-8000-000000000002", day(17.01)),
                new BidDeclaredInadmissibleEvent(p, "b1000000-0000-4000-8000-000000000003",
                        List.of("Falta la garantía de seriedad de la oferta"), day(17.02)),
                new BidsEvaluatedEvent(p, List.of(new BidScore("b1000000-0000-4000-8000-000000000001", 88),
                        new BidScore("b1000000-0000-4000-8000-000000000002", 75)),
                        "La comisión evaluadora recomienda adjudicar a la oferta mejor evaluada.", day(20)),
                new ProcurementAwardedEvent(p, List.of(line("b1000000-0000-4000-8000-000000000001", ANDINA,
                        30_500_000, null)), day(22)),
                new ContractSignedEvent(p, "c1000000-0000-4000-8000-000000000001",
                        "b1000000-0000-4000-8000-000000000001", ANDINA.id(), Clp.of(30_500_000),
                        LocalDate.of(2025, 4, 1), LocalDate.of(2025, 12, 31), day(27)),
                new PurchaseOrderIssuedEvent(p, "c1000000-0000-4000-8000-000000000001",
                        "0c100000-0000-4000-8000-000000000001", Clp.of(30_500_000),
                        "Compra de 40 notebooks con licencias", day(28)),
                new ContractPaymentRecordedEvent(p, "c1000000-0000-4000-8000-000000000001",
                        "9a100000-0000-4000-8000-000000000001", Clp.of(15_000_000),
                        "0c100000-0000-4000-8000-000000000001", day(45)),
                new ContractAmendedEvent(p, "c1000000-0000-4000-8000-000000000001", "mod-1", Clp.of(30_500_000),
                        Clp.of(33_000_000), LocalDate.of(2025, 12, 31), LocalDate.of(2026, 3, 31),
                        "Se agregan tres equipos para la biblioteca", day(60)),
                new ContractPaymentRecordedEvent(p, "c1000000-0000-4000-8000-000000000001",
                        "9a100000-0000-4000-8000-000000000002", Clp.of(18_000_000), null, day(80)),
                new ProcurementCompletedEvent(p, day(90))));
    }

    /** L1 public tender of Maipú whose only bid is inadmissible: declared void (desierta). */
    public static Scenario voidTender() {
        String p = "6d1c3a52-0b0e-4c3e-9d3a-0a0000000002";
        return new Scenario("void tender (L1)", p, List.of(
                new ProcurementPlannedEvent(p, CommuneCode.of("13119"), "Mantención de áreas verdes",
                        "Mantención mensual de plazas del sector poniente", ProcurementCategory.SERVICES,
                        List.of(new ProcurementItem("1", "Mantención mensual de plaza", 6, "mes", null, null)),
                        Clp.of(5_500_000), UTM, ProcurementMethod.PUBLIC_TENDER, TenderType.L1, null, null, null, day(1)),
                new TenderPublishedEvent(p, day(8), Duration.ofDays(5), false, null, day(2)),
                bid(p, "b2000000-0000-4000-8000-000000000001", CORDILLERA, 5_400_000, null, 6),
                new BidsOpenedEvent(p, 1, day(8.1)),
                new BidDeclaredInadmissibleEvent(p, "b2000000-0000-4000-8000-000000000001",
                        List.of("La oferta no incluye el programa de trabajo", "Boleta de garantía vencida"), day(9)),
                new ProcurementDeclaredVoidEvent(p, "No hubo ofertas admisibles", day(10))));
    }

    /** A direct award (trato directo) of Valparaíso on the emergency ground. */
    public static Scenario directAward() {
        String p = "6d1c3a52-0b0e-4c3e-9d3a-0a0000000003";
        return new Scenario("direct award", p, List.of(
                new ProcurementPlannedEvent(p, CommuneCode.of("05101"), "Reparación de muro de contención",
                        "Reparación urgente del muro de contención de calle Los Placeres", ProcurementCategory.WORKS,
                        List.of(new ProcurementItem("1", "Reparación de muro de contención", 1, "obra", null, null)),
                        Clp.of(45_000_000), UTM, ProcurementMethod.DIRECT_AWARD, null, DirectAwardGround.EMERGENCY,
                        "El decreto alcaldicio 1234 declara la emergencia por el temporal de junio", null, day(3)),
                new ProcurementAwardedEvent(p, List.of(new AwardLine("ad300000-0000-4000-8000-000000000001", null,
                        LITORAL.id(), LITORAL.name(), Clp.of(44_000_000), null)), day(4)),
                new ContractSignedEvent(p, "c3000000-0000-4000-8000-000000000001",
                        "ad300000-0000-4000-8000-000000000001", LITORAL.id(), Clp.of(44_000_000),
                        LocalDate.of(2025, 3, 10), LocalDate.of(2025, 5, 9), day(5)),
                new ContractPaymentRecordedEvent(p, "c3000000-0000-4000-8000-000000000001",
                        "9a300000-0000-4000-8000-000000000001", Clp.of(44_000_000), null, day(70)),
                new ProcurementCompletedEvent(p, day(75))));
    }

    /** LR public tender of Concepción in two lots, with the market consultation the amount requires. */
    public static Scenario multiLotAward() {
        String p = "6d1c3a52-0b0e-4c3e-9d3a-0a0000000004";
        String c1 = "c4000000-0000-4000-8000-000000000001";
        String c2 = "c4000000-0000-4000-8000-000000000002";
        return new Scenario("multi-lot award (LR)", p, List.of(
                new ProcurementPlannedEvent(p, CommuneCode.of("08101"), "Equipamiento para centros de salud familiar",
                        "Mobiliario clínico (lote 1) y monitores de signos vitales (lote 2) para tres CESFAM",
                        ProcurementCategory.GOODS,
                        List.of(new ProcurementItem("1", "Camilla clínica de examen", 60, "unidad", "42192104", "1"),
                                new ProcurementItem("2", "Vitrina de insumos", 30, "unidad", null, "1"),
                                new ProcurementItem("3", "Monitor de signos vitales", 45, "unidad", "42181801", "2")),
                        Clp.of(420_000_000), UTM, ProcurementMethod.PUBLIC_TENDER, TenderType.LR, null, null, null,
                        day(0)),
                new MarketConsultationRecordedEvent(p, "Cinco proveedores respondieron la consulta al mercado; "
                        + "precios de referencia ajustados", day(5)),
                new TenderPublishedEvent(p, day(40), Duration.ofDays(30), false, null, day(9)),
                bid(p, "b4000000-0000-4000-8000-000000000001", BIOBIO, 150_000_000, "1", 30),
                bid(p, "b4000000-0000-4000-8000-000000000002", SUR, 162_000_000, "1", 31),
                bid(p, "b4000000-0000-4000-8000-000000000003", BIOBIO, 240_000_000, "2", 32),
                bid(p, "b4000000-0000-4000-8000-000000000004", PACIFICO, 228_000_000, "2", 38,
                        new BidDocument("Ficha técnica monitores", "https://documentos.example.cl/pacifico/ficha.pdf")),
                new BidsOpenedEvent(p, 4, day(40.2)),
                new BidDeclaredAdmissibleEvent(p, "b4000000-0000-4000-8000-000000000001", day(42)),
                new BidDeclaredAdmissibleEvent(p, "b4000000-0000-4000-8000-000000000002", day(42.01)),
                new BidDeclaredAdmissibleEvent(p, "b4000000-0000-4000-8000-000000000003", day(42.02)),
                new BidDeclaredAdmissibleEvent(p, "b4000000-0000-4000-8000-000000000004", day(42.03)),
                new BidsEvaluatedEvent(p, List.of(new BidScore("b4000000-0000-4000-8000-000000000001", 91),
                        new BidScore("b4000000-0000-4000-8000-000000000002", 80),
                        new BidScore("b4000000-0000-4000-8000-000000000003", 77),
                        new BidScore("b4000000-0000-4000-8000-000000000004", 86)),
                        "Se recomienda adjudicar el lote 1 a Equipos Médicos Biobío y el lote 2 a Computación del Pacífico.",
                        day(50)),
                new ProcurementAwardedEvent(p, List.of(
                        line("b4000000-0000-4000-8000-000000000001", BIOBIO, 150_000_000, "1"),
                        line("b4000000-0000-4000-8000-000000000004", PACIFICO, 228_000_000, "2")), day(55)),
                new ContractSignedEvent(p, c1, "b4000000-0000-4000-8000-000000000001", BIOBIO.id(),
                        Clp.of(150_000_000), LocalDate.of(2025, 5, 15), LocalDate.of(2025, 8, 31), day(62)),
                new ContractSignedEvent(p, c2, "b4000000-0000-4000-8000-000000000004", PACIFICO.id(),
                        Clp.of(228_000_000), LocalDate.of(2025, 5, 15), LocalDate.of(2025, 9, 30), day(63)),
                new PurchaseOrderIssuedEvent(p, c1, "0c400000-0000-4000-8000-000000000001", Clp.of(150_000_000),
                        "Camillas y vitrinas para CESFAM", day(64)),
                new ContractPaymentRecordedEvent(p, c1, "9a400000-0000-4000-8000-000000000001", Clp.of(150_000_000),
                        "0c400000-0000-4000-8000-000000000001", day(120)),
                new ContractPaymentRecordedEvent(p, c2, "9a400000-0000-4000-8000-000000000002", Clp.of(100_000_000),
                        null, day(125)),
                new ProcurementCompletedEvent(p, day(130))));
    }

    /** LP public tender of Temuco whose contract is terminated early. */
    public static Scenario terminatedContract() {
        String p = "6d1c3a52-0b0e-4c3e-9d3a-0a0000000005";
        String contract = "c5000000-0000-4000-8000-000000000001";
        return new Scenario("terminated contract (LP)", p, List.of(
                new ProcurementPlannedEvent(p, CommuneCode.of("09101"), "Recolección de residuos domiciliarios",
                        "Servicio de recolección y transporte de residuos del sector Pueblo Nuevo",
                        ProcurementCategory.SERVICES,
                        List.of(new ProcurementItem("1", "Servicio mensual de recolección", 12, "mes", null, null)),
                        Clp.of(110_000_000), UTM, ProcurementMethod.PUBLIC_TENDER, TenderType.LP, null, null, null,
                        day(2)),
                new TenderPublishedEvent(p, day(15), Duration.ofDays(10), true,
                        "Continuidad del servicio ante el fin del contrato vigente", day(4)),
                bid(p, "b5000000-0000-4000-8000-000000000001", ARAUCANIA, 105_000_000, null, 10),
                bid(p, "b5000000-0000-4000-8000-000000000002", LIMPIO, 98_000_000, null, 12),
                new BidsOpenedEvent(p, 2, day(15.1)),
                new BidDeclaredAdmissibleEvent(p, "b5000000-0000-4000-8000-000000000001", day(16)),
                new BidDeclaredAdmissibleEvent(p, "b5000000-0000-4000-8000-000000000002", day(16.01)),
                new BidsEvaluatedEvent(p, List.of(new BidScore("b5000000-0000-4000-8000-000000000001", 70),
                        new BidScore("b5000000-0000-4000-8000-000000000002", 82)),
                        "Temuco Limpio obtiene el mayor puntaje.", day(18)),
                new ProcurementAwardedEvent(p, List.of(line("b5000000-0000-4000-8000-000000000002", LIMPIO,
                        98_000_000, null)), day(20)),
                new ContractSignedEvent(p, contract, "b5000000-0000-4000-8000-000000000002", LIMPIO.id(),
                        Clp.of(98_000_000), LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31), day(25)),
                new PurchaseOrderIssuedEvent(p, contract, "0c500000-0000-4000-8000-000000000001", Clp.of(8_000_000),
                        "Servicio de abril", day(28)),
                new ContractPaymentRecordedEvent(p, contract, "9a500000-0000-4000-8000-000000000001",
                        Clp.of(8_000_000), "0c500000-0000-4000-8000-000000000001", day(60)),
                new ContractTerminatedEvent(p, contract, "Incumplimiento grave de las frecuencias de recolección",
                        day(100))));
    }

    /** A Compra Ágil of Puente Alto among three quotes. */
    public static Scenario compraAgil() {
        String p = "6d1c3a52-0b0e-4c3e-9d3a-0a0000000006";
        String contract = "c6000000-0000-4000-8000-000000000001";
        return new Scenario("Compra Ágil", p, List.of(
                new ProcurementPlannedEvent(p, CommuneCode.of("13201"), "Insumos de oficina",
                        "Papel, tóner y archivadores para la dirección de tránsito", ProcurementCategory.GOODS,
                        List.of(new ProcurementItem("1", "Resma de papel carta", 200, "resma", "14111507", null),
                                new ProcurementItem("2", "Tóner de impresora", 20, "unidad", null, null)),
                        Clp.of(3_200_000), UTM, ProcurementMethod.COMPRA_AGIL, null, null, null, null, day(5)),
                new TenderPublishedEvent(p, day(7), Duration.ofDays(1), false, null, day(5.5)),
                bid(p, "b6000000-0000-4000-8000-000000000001", OFICINA, 3_050_000, null, 5.8),
                bid(p, "b6000000-0000-4000-8000-000000000002", PAPELERIA, 2_950_000, null, 6.1),
                bid(p, "b6000000-0000-4000-8000-000000000003", INSUMOS, 3_150_000, null, 6.5),
                new BidsOpenedEvent(p, 3, day(7.01)),
                new BidDeclaredAdmissibleEvent(p, "b6000000-0000-4000-8000-000000000001", day(7.1)),
                new BidDeclaredAdmissibleEvent(p, "b6000000-0000-4000-8000-000000000002", day(7.11)),
                new BidDeclaredAdmissibleEvent(p, "b6000000-0000-4000-8000-000000000003", day(7.12)),
                new ProcurementAwardedEvent(p, List.of(line("b6000000-0000-4000-8000-000000000002", PAPELERIA,
                        2_950_000, null)), day(8)),
                new ContractSignedEvent(p, contract, "b6000000-0000-4000-8000-000000000002", PAPELERIA.id(),
                        Clp.of(2_950_000), LocalDate.of(2025, 3, 12), LocalDate.of(2025, 3, 31), day(8.5)),
                new PurchaseOrderIssuedEvent(p, contract, "0c600000-0000-4000-8000-000000000001", Clp.of(2_950_000),
                        "Orden de compra Compra Ágil", day(8.6)),
                new ContractPaymentRecordedEvent(p, contract, "9a600000-0000-4000-8000-000000000001",
                        Clp.of(2_950_000), "0c600000-0000-4000-8000-000000000001", day(30)),
                new ProcurementCompletedEvent(p, day(31))));
    }

    /** A purchase of Antofagasta from a framework agreement (convenio marco). */
    public static Scenario frameworkPurchase() {
        String p = "6d1c3a52-0b0e-4c3e-9d3a-0a0000000007";
        String contract = "c7000000-0000-4000-8000-000000000001";
        return new Scenario("framework purchase", p, List.of(
                new ProcurementPlannedEvent(p, CommuneCode.of("02101"), "Computadores de escritorio",
                        "Renovación de equipos de la oficina de partes", ProcurementCategory.GOODS,
                        List.of(new ProcurementItem("1", "Computador de escritorio", 15, "unidad", "43211507", null)),
                        Clp.of(12_000_000), UTM, ProcurementMethod.FRAMEWORK_AGREEMENT, null, null, null,
                        "2239-4-LR23", day(6)),
                new ProcurementAwardedEvent(p, List.of(new AwardLine("ad700000-0000-4000-8000-000000000001", null,
                        NORTE.id(), NORTE.name(), Clp.of(11_400_000), null)), day(7)),
                new ContractSignedEvent(p, contract, "ad700000-0000-4000-8000-000000000001", NORTE.id(),
                        Clp.of(11_400_000), LocalDate.of(2025, 3, 17), LocalDate.of(2025, 4, 30), day(8)),
                new PurchaseOrderIssuedEvent(p, contract, "0c700000-0000-4000-8000-000000000001", Clp.of(11_400_000),
                        "Orden de compra al convenio marco", day(8.2)),
                new ContractPaymentRecordedEvent(p, contract, "9a700000-0000-4000-8000-000000000001",
                        Clp.of(11_400_000), "0c700000-0000-4000-8000-000000000001", day(40)),
                new ProcurementCompletedEvent(p, day(41))));
    }
}
