package cl.redlim.document.command;

import cl.redlim.document.api.AllocateDocumentNumberCommand;

/** The numbering of each municipality and year, inside the caller's unit of work: both change together or not. */
interface DocumentNumbers {

    /** Takes the next number; the numbering's event is appended with the caller's. */
    long allocate(AllocateDocumentNumberCommand command);
}
