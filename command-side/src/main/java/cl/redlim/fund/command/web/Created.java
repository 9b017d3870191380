package cl.redlim.fund.command.web;

/** The body of a 201: the new resource's id (its URL is in {@code Location}). */
record Created(String id) {
}
