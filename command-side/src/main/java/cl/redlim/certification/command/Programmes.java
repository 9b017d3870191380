package cl.redlim.certification.command;

import cl.redlim.certification.api.ProgrammeRequirements;

import java.util.Optional;

/** The defined programmes, as an enrolment needs them: the title and the requirements version in force. */
interface Programmes {

    Optional<Current> find(String programmeId);

    record Current(String programmeId, String title, int version, ProgrammeRequirements requirements) {
    }
}
