package cl.redlim.certification.command;

import cl.redlim.certification.api.AllocateStatusListIndexCommand;
import cl.redlim.certification.api.StatusListEntry;

/** The certificate status lists, inside the caller's unit of work: an index and the certificate are stored together. */
interface StatusLists {

    /** The list new certificates take their index from. */
    String CURRENT = "1";

    StatusListEntry allocate(AllocateStatusListIndexCommand command);
}
