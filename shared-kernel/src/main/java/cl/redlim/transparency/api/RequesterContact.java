package cl.redlim.transparency.api;

/**
 * Who asked and where to notify them: personal data (Ley 19.628). It travels only in
 * {@link AccessRequesterIdentifiedEvent}, which no public read model handles.
 *
 * @param email         for electronic notification; this or the postal address is required (art. 12)
 * @param postalAddress for notification by post
 */
public record RequesterContact(String name, String email, String phone, String postalAddress) {
}
