package cl.redlim.certification.api;

import cl.redlim.kernel.Rut;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The id of the one certification of an official in a programme: a name-based UUID of the programme and the RUT, so
 * a second enrolment of the same official in the same programme lands on the same aggregate and is refused.
 */
public final class CertificationId {

    private CertificationId() {
    }

    public static String of(String programmeId, Rut rut) {
        return UUID.nameUUIDFromBytes(("certification:" + programmeId + ":" + rut.value())
                .getBytes(StandardCharsets.UTF_8)).toString();
    }
}
