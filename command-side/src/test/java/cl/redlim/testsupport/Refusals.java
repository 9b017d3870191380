package cl.redlim.testsupport;

import cl.redlim.kernel.DomainException;
import cl.redlim.kernel.ErrorCode;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;

import static org.hamcrest.Matchers.equalTo;

/** Asserts a refusal the way the house style asks: the domain exception, its stable code, and nothing recorded. */
public final class Refusals {

    private Refusals() {
    }

    public static Matcher<DomainException> hasCode(ErrorCode code) {
        return new FeatureMatcher<>(equalTo(code), "a DomainException with code", "code") {
            @Override
            protected ErrorCode featureValueOf(DomainException actual) {
                return actual.code();
            }
        };
    }

    public static <T> ResultValidator<T> refusedWith(ResultValidator<T> result, ErrorCode code) {
        return result.expectNoEvents()
                .expectException(DomainException.class)
                .expectException(hasCode(code));
    }
}
