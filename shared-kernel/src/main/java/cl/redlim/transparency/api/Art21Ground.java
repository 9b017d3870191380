package cl.redlim.transparency.api;

/** The grounds of secrecy or reserve of Ley 20.285 art. 21 on which access may be denied, in whole or in part. */
public enum Art21Ground {
    /** N°1 a: prejudice to the prevention, investigation or prosecution of a crime, or to a judicial defence. */
    ART_21_1_A,
    /** N°1 b: background or deliberations prior to a resolution, measure or policy. */
    ART_21_1_B,
    /** N°1 c: generic requests, or a high number of acts whose handling would unduly distract officials. */
    ART_21_1_C,
    /** N°2: the rights of persons: their security, health, private life or commercial and economic rights. */
    ART_21_2,
    /** N°3: national security (defence, public order and safety). */
    ART_21_3,
    /** N°4: the national interest (public health, international relations, economic interests of the country). */
    ART_21_4,
    /** N°5: documents declared secret or reserved by a ley de quórum calificado. */
    ART_21_5
}
