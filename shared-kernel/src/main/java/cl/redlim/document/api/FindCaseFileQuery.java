package cl.redlim.document.api;

import cl.redlim.access.api.Actor;

/** A case file, for a viewer who is one of its parties (or an auditor or administrator); otherwise not found. */
public record FindCaseFileQuery(String caseFileId, Actor viewer) {
}
