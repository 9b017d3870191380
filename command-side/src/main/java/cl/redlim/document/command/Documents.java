package cl.redlim.document.command;

import java.util.Optional;

/** Documents as other document rules see them (the case file), inside the caller's unit of work. */
interface Documents {

    Optional<DocumentSnapshot> find(String documentId);
}
