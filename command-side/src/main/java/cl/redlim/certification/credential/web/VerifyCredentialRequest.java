package cl.redlim.certification.credential.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** @param credential the credential as the holder has it: a VC-JWT (compact JWS) */
record VerifyCredentialRequest(@NotBlank @Size(max = 65_536) String credential) {
}
