package cl.redlim.kernel;

/**
 * Stable error codes. A code is part of the public API: integrators switch on it, so a code is never renamed or
 * reused for another meaning. The HTTP status is the one RFC 9457 problem responses carry.
 */
public enum ErrorCode {
    MALFORMED_REQUEST(400, "The request body or a parameter could not be read"),
    VALIDATION_FAILED(400, "One or more fields are invalid"),
    UNAUTHENTICATED(401, "Credentials are missing or invalid"),
    FORBIDDEN(403, "The credential may not do this"),
    NOT_FOUND(404, "No such resource"),
    METHOD_NOT_ALLOWED(405, "Method not allowed on this resource"),
    NOT_ACCEPTABLE(406, "No acceptable representation"),
    ALREADY_EXISTS(409, "The resource already exists"),
    CONCURRENT_MODIFICATION(409, "The resource was changed concurrently; reload and retry"),
    INVALID_STATE_TRANSITION(409, "The resource is not in a state that allows this"),
    PRECONDITION_FAILED(412, "The resource changed since the version in If-Match"),
    PAYLOAD_TOO_LARGE(413, "The request body is too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported content type"),
    IDEMPOTENCY_KEY_REUSED(422, "The Idempotency-Key was used before with a different request"),
    TOO_MANY_REQUESTS(429, "Rate limit exceeded for this credential; retry after the time in Retry-After"),
    INVALID_CREDENTIAL_SCOPE(422, "The credential's role and scope do not fit together"),

    UNKNOWN_COMMUNE(422, "No commune with that CUT code is registered"),
    COMMUNE_NOT_CLASSIFIED(422, "The commune has no SUBDERE group registered yet"),
    UNKNOWN_FUND_CALL(422, "No fund call with that id"),
    INVALID_FUND_CALL_TERMS(422, "The fund call's terms are inconsistent"),
    FUND_CALL_NOT_OPEN(422, "The fund call is not open for submissions"),
    FUND_CALL_STILL_OPEN(422, "Awards wait until the fund call is closed"),
    REQUESTED_AMOUNT_EXCEEDS_BUDGET(422, "The requested amount is above the call's total budget"),
    EVALUATOR_NOT_DECLARED(422, "The evaluator has not declared their interests"),
    EVALUATOR_CONFLICT_OF_INTEREST(422, "The evaluator is tied to the applicant municipality"),
    EVALUATOR_ALREADY_SCORED(409, "The evaluator has already scored this application"),
    INVALID_SCORES(422, "Scores must cover exactly the call's criteria, each from 0 to 100"),
    NOT_ENOUGH_EVALUATIONS(422, "At least two evaluations are needed"),
    SCORE_BELOW_MINIMUM(422, "The final score is below the call's minimum"),
    AWARD_EXCEEDS_REQUEST(422, "The award is above the requested amount"),
    INSUFFICIENT_CALL_BUDGET(422, "The award is above the call's remaining budget"),
    GROUP_CAP_EXCEEDED(422, "The award is above the remaining cap of the commune group"),
    TRANCHE_OUT_OF_ORDER(409, "Tranches are paid in order, each once"),
    PREVIOUS_REPORT_NOT_ACCEPTED(422, "The previous tranche's report (rendición) is not accepted yet"),
    DISBURSEMENT_EXCEEDS_AWARD(422, "Disbursements would exceed the awarded amount"),
    REPORT_NOT_EXPECTED(409, "No report is expected for that tranche now"),
    REPORTS_PENDING(422, "Every paid tranche needs an accepted report first"),

    PROCUREMENT_METHOD_NOT_ALLOWED(422, "The procurement method does not fit the amount or its requirements"),
    DIRECT_AWARD_GROUND_REQUIRED(422, "A direct award needs a legal ground and a written justification"),
    MARKET_CONSULTATION_REQUIRED(422, "A market consultation is required above 5,000 UTM"),
    PUBLICATION_PERIOD_TOO_SHORT(422, "The tender closes before its minimum publication period"),
    TENDER_NOT_OPEN(422, "The tender is not open"),
    TENDER_STILL_OPEN(422, "The tender has not closed yet"),
    BID_ALREADY_SUBMITTED(409, "The supplier has already bid for that lot"),
    UNKNOWN_BID(422, "No bid with that id in this process"),
    UNKNOWN_LOT(422, "No lot with that name in this process"),
    ADMISSIBILITY_PENDING(422, "Every opened bid needs its admissibility decided first"),
    BID_NOT_ADMISSIBLE(422, "The bid was not declared admissible"),
    INVALID_BID_SCORES(422, "Scores must cover exactly the admissible bids, each from 0 to 100"),
    NOT_ENOUGH_QUOTES(422, "Compra Ágil needs at least three quotes"),
    LOT_AWARDED_TWICE(422, "A lot can be awarded to one bid only"),
    UNKNOWN_AWARD(422, "No award with that id in this process"),
    UNKNOWN_CONTRACT(422, "No contract with that id in this process"),
    CONTRACT_EXCEEDS_AWARD(422, "The contract's value is above its award"),
    PURCHASE_ORDERS_EXCEED_CONTRACT(422, "Purchase orders would exceed the contract's value"),
    PAYMENT_EXCEEDS_CONTRACT(422, "Payments would exceed the contract's value"),
    CONTRACT_AMENDMENT_LIMIT(422, "A contract amendment may not raise its value by more than 30 %"),

    // transparency: access-to-information requests (Ley 20.285) and the business-day calendar
    ACCESS_REQUEST_CLOSED(409, "The access request is answered or transferred: it takes no more steps"),
    DEADLINE_ALREADY_EXTENDED(409, "An access request's deadline can be extended only once"),
    DEADLINE_PASSED(422, "The extension must be notified on or before the deadline"),
    ART21_GROUND_REQUIRED(422, "A denial, and each withheld part, must cite an art. 21 ground"),
    THIRD_PARTY_OPPOSED(422, "A third party opposed (art. 20): the information cannot be granted in full"),
    AMPARO_NOT_ALLOWED(422, "An amparo follows a denial, in whole or in part, or a missed deadline"),
    AMPARO_TIME_LIMIT_PASSED(422, "An amparo is filed within 15 business days of the denial or the missed deadline"),
    AMPARO_ALREADY_FILED(409, "The request's amparo is recorded already"),
    HOLIDAY_ALREADY_REGISTERED(409, "That date is a holiday already"),

    // document: the DocDigital lifecycle and case files (expedientes)
    CONTENT_NOT_FOUND(422, "No content with that SHA-256 is stored"),
    RESERVATION_GROUND_REQUIRED(422, "A reserved document needs a legal ground of Ley 20.285 art. 21"),
    DOCUMENT_VERSION_NOT_CURRENT(409, "The version named is not the document's current version"),
    DOCUMENT_NOT_REVIEWED(409, "The version must be reviewed (visado) first"),
    DOCUMENT_ALREADY_REVIEWED(409, "The version is reviewed already"),
    DOCUMENT_ALREADY_SIGNED(409, "This signer signed the version already"),
    DOCUMENT_NOT_SIGNED(409, "The version must be signed first"),
    DOCUMENT_ALREADY_NUMBERED(409, "The version has its number already"),
    DOCUMENT_NOT_NUMBERED(409, "The version must be numbered first"),
    DOCUMENT_ARCHIVED(409, "The document is archived"),
    UNKNOWN_DOCUMENT(422, "No document with that id"),
    CASE_FILE_MUNICIPALITY_MISMATCH(422, "The document belongs to another municipality"),
    DOCUMENT_ALREADY_IN_CASE_FILE(409, "The document is in this case file already"),
    CASE_FILE_CLOSED(409, "The case file is closed"),

    // certification: officials, programmes, certifications and their certificates
    UNKNOWN_OFFICIAL(422, "No official with that RUT is registered"),
    OFFICIAL_ALREADY_REGISTERED(409, "An official with that RUT is registered already"),
    OFFICIAL_ALREADY_THERE(409, "The official works at that municipality already"),
    INVALID_PROGRAMME_REQUIREMENTS(422, "The programme's requirements are inconsistent"),
    PROGRAMME_ALREADY_DEFINED(409, "A programme with that id is defined already"),
    UNKNOWN_PROGRAMME(422, "No programme with that id"),
    ALREADY_ENROLLED(409, "The official is enrolled in this programme already"),
    UNKNOWN_MODULE(422, "No module with that id in the enrolment's requirements"),
    MODULE_ALREADY_COMPLETED(409, "The module is completed already"),
    ASSESSMENT_ALREADY_PASSED(409, "The assessment is passed already"),
    ASSESSMENT_ATTEMPTS_EXHAUSTED(409, "Every attempt at the assessment is used"),
    CERTIFICATION_REQUIREMENTS_NOT_MET(409, "Certification needs every module done and the assessment passed"),
    CERTIFICATION_CLOSED(409, "The enrolment is withdrawn or dropped out"),
    ALREADY_CERTIFIED(409, "The official is certified already"),
    NOT_CERTIFIED(409, "The official holds no certificate"),
    CERTIFICATE_EXPIRED(409, "The certificate has expired"),
    CERTIFICATE_REVOKED(409, "The certificate is revoked"),
    CERTIFICATE_STILL_VALID(409, "The certificate is still valid"),
    RENEWAL_NOT_OPEN(409, "Renewal opens in the certificate's last days of validity"),
    RENEWAL_REQUIREMENTS_NOT_MET(422, "Renewal needs the continuing-education hours of the requirements"),
    STATUS_LIST_FULL(409, "The status list has no free index"),

    // audit: the history and as-of state of one aggregate
    AGGREGATE_NOT_YET_CREATED(404, "The aggregate did not exist yet at that instant"),

    // read models: blue/green rebuilds
    REBUILD_ALREADY_RUNNING(409, "A read-model rebuild is running already"),
    UNKNOWN_READ_MODEL(422, "No read-model processing group with that name"),
    READ_MODEL_NOT_REBUILDABLE(422, "That processing group cannot be rebuilt"),

    // read models: dead letters (events a projection could not handle)
    DEAD_LETTER_NOT_FIRST(409, "Retry the first dead letter of its aggregate: the later ones wait behind it"),

    SERVICE_UNAVAILABLE(503, "A store is unavailable; nothing was recorded, retry later"),
    INTERNAL_ERROR(500, "Unexpected error");

    private final int status;
    private final String title;

    ErrorCode(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
