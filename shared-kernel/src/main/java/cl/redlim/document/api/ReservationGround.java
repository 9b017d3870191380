package cl.redlim.document.api;

/** The grounds of Ley 20.285 art. 21 on which a document may be reserved (secreto o reservado). */
public enum ReservationGround {
    /** Art. 21 N°1: disclosure would affect the due fulfilment of the body's functions. */
    DUE_FULFILMENT_OF_FUNCTIONS,
    /** Art. 21 N°2: disclosure would affect people's rights (security, health, private life, commercial rights). */
    RIGHTS_OF_PERSONS,
    /** Art. 21 N°3: disclosure would affect national security. */
    NATIONAL_SECURITY,
    /** Art. 21 N°4: disclosure would affect the national interest. */
    NATIONAL_INTEREST,
    /** Art. 21 N°5: a quorum law declared it secret or reserved. */
    DECLARED_BY_QUORUM_LAW
}
