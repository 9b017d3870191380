package cl.redlim.territory.api;

import cl.redlim.kernel.DomainException;
import cl.redlim.kernel.ErrorCode;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * SUBDERE's commune typology, groups 1 to 5. In JSON (and so in stored events) a group is its number.
 */
public enum CommuneGroup {
    /** Large metropolitan communes, high or medium development. */
    GROUP_1(1),
    /** Major communes, medium development. */
    GROUP_2(2),
    /** Medium urban communes, medium development. */
    GROUP_3(3),
    /** Semi-urban and rural communes, medium development. */
    GROUP_4(4),
    /** Semi-urban and rural communes, low development. */
    GROUP_5(5);

    private final int number;

    CommuneGroup(int number) {
        this.number = number;
    }

    @JsonValue
    public int number() {
        return number;
    }

    @JsonCreator
    public static CommuneGroup of(int number) {
        if (number < 1 || number > 5) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "A SUBDERE commune group is 1 to 5; got " + number);
        }
        return values()[number - 1];
    }
}
