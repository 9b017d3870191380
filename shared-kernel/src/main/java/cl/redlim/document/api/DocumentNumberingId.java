package cl.redlim.document.api;

import cl.redlim.kernel.CommuneCode;

/** The id of the numbering aggregate of one municipality and year, e.g. {@code document-numbering:13119:2026}. */
public final class DocumentNumberingId {

    private DocumentNumberingId() {
    }

    public static String of(CommuneCode municipality, int year) {
        return "document-numbering:" + municipality.value() + ":" + year;
    }
}
