package cl.redlim.certification.command;

import cl.redlim.kernel.CommuneCode;
import cl.redlim.kernel.Rut;

import java.util.Optional;

/** The registered officials, as the certification aggregate needs them: who they are and where they work now. */
interface Officials {

    Optional<Profile> find(Rut rut);

    record Profile(Rut rut, String name, CommuneCode municipality) {
    }
}
