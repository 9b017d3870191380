package cl.redlim.transparency.api;

/** Why an amparo (Ley 20.285 art. 24) could be filed: a denial, in whole or in part, or a deadline that passed unanswered. */
public enum AmparoBasis {
    DENIAL,
    MISSED_DEADLINE
}
