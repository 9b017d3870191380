package cl.redlim.transparency.api;

/**
 * The information every municipality must keep published on its website (transparencia activa), as listed in
 * article 7 of Ley 20.285, letters a to m. RedLIM holds the facts behind some of them; the rest live in the
 * municipality's own transparency portal.
 */
public enum ActiveTransparencyItem {
    ORGANIC_STRUCTURE("a", "Estructura orgánica"),
    POWERS("b", "Facultades, funciones y atribuciones de cada unidad u órgano interno"),
    LEGAL_FRAMEWORK("c", "Marco normativo aplicable"),
    STAFF_AND_PAY("d", "Planta del personal, personal a contrata y a honorarios, con sus remuneraciones"),
    CONTRACTS("e", "Contrataciones para el suministro de bienes muebles, la prestación de servicios, la ejecución de "
            + "acciones de apoyo y de obras, y contratos de estudios, asesorías y consultorías"),
    TRANSFERS("f", "Transferencias de fondos públicos"),
    ACTS_AFFECTING_THIRD_PARTIES("g", "Actos y resoluciones que tengan efectos sobre terceros"),
    PROCEDURES("h", "Trámites y requisitos para tener acceso a los servicios que presta"),
    SUBSIDY_PROGRAMMES("i", "Diseño, montos asignados y criterio de acceso a los programas de subsidios y otros "
            + "beneficios"),
    PARTICIPATION("j", "Mecanismos de participación ciudadana"),
    BUDGET("k", "Presupuesto asignado y los informes sobre su ejecución"),
    AUDITS("l", "Resultados de las auditorías al ejercicio presupuestario"),
    ENTITIES("m", "Entidades en que tenga participación, representación e intervención");

    private final String letter;
    private final String legalName;

    ActiveTransparencyItem(String letter, String legalName) {
        this.letter = letter;
        this.legalName = legalName;
    }

    /** The letter of article 7. */
    public String letter() {
        return letter;
    }

    /** The item's name as the law gives it, in Spanish. */
    public String legalName() {
        return legalName;
    }
}
