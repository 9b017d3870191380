package cl.redlim.certification.api;

import cl.redlim.kernel.Rut;

/** The id of an official's aggregate: the validated RUT, e.g. {@code official:12345678-5}. */
public final class OfficialId {

    private OfficialId() {
    }

    public static String of(Rut rut) {
        return "official:" + rut.value();
    }
}
