package cl.redlim.certification.api;

/** One issued certificate credential, by its id ({@code urn:uuid:…} or the bare UUID). Answers an optional {@link CredentialView}. */
public record FindCredentialQuery(String credentialId) {
}
