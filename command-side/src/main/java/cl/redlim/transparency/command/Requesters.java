package cl.redlim.transparency.command;

import cl.redlim.kernel.ErrorCode;
import cl.redlim.transparency.api.RequesterContact;

import static cl.redlim.transparency.command.Rules.refused;

/** Art. 12: a request names the requester and where to notify them (an email or a postal address). */
final class Requesters {

    private Requesters() {
    }

    static RequesterContact check(RequesterContact requester) {
        Rules.present(requester, "The requester");
        String name = Rules.text(requester.name(), "The requester's name");
        String email = blankToNull(requester.email());
        String address = blankToNull(requester.postalAddress());
        if (email == null && address == null) {
            throw refused(ErrorCode.VALIDATION_FAILED, "The requester needs an email or a postal address for notices");
        }
        return new RequesterContact(name, email, blankToNull(requester.phone()), address);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
