package cl.redlim.document.api;

import java.util.List;

/** The answer to "is this file a registered document?": its hash, and every version with that content. */
public record DocumentVerificationView(String sha256, long size, boolean registered, List<VerificationMatch> matches) {
}
