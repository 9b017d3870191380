package cl.redlim.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The module and package rules of docs/STYLE.md, checked on the compiled classes of every module. */
class ArchitectureTest {

    static final String[] CONTEXTS = {"access", "territory", "fund", "procurement", "document", "transparency",
            "certification", "lab", "governance", "accounting", "audit"};

    private static JavaClasses redlim;

    @BeforeAll
    static void importClasses() {
        redlim = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cl.redlim");
    }

    @Test
    void theSharedKernelKnowsNoSpringAndNoMongo() {
        ArchRule rule = noClasses().that().resideInAnyPackage("cl.redlim.kernel..", "cl.redlim.*.api..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..", "cl.redlim.*.command..",
                        "cl.redlim.*.query..", "cl.redlim.platform..", "cl.redlim.readmodel..");
        rule.check(redlim);
    }

    @ParameterizedTest
    @ValueSource(strings = {"access", "territory", "fund", "procurement", "document", "transparency", "certification", "lab",
            "governance", "accounting", "audit"})
    void aContextMeetsOtherContextsOnlyThroughTheirApi(String context) {
        String[] others = Arrays.stream(CONTEXTS).filter(c -> !c.equals(context))
                .flatMap(c -> java.util.stream.Stream.of("cl.redlim." + c + ".command..", "cl.redlim." + c + ".query.."))
                .toArray(String[]::new);
        noClasses().that().resideInAPackage("cl.redlim." + context + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .allowEmptyShould(true)
                .check(redlim);
    }

    @Test
    void theCommandSideNeverReadsTheQuerySide() {
        noClasses().that().resideInAPackage("cl.redlim.*.command..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("cl.redlim.*.query..", "cl.redlim.readmodel..", "com.mongodb..", "org.bson..")
                .check(redlim);
    }

    @Test
    void theQuerySideNeverTouchesAggregates() {
        noClasses().that().resideInAPackage("cl.redlim.*.query..")
                .should().dependOnClassesThat().resideInAPackage("cl.redlim.*.command..")
                .check(redlim);
    }

    @Test
    void messagesAreRecords() {
        classes().that().resideInAPackage("cl.redlim.*.api..")
                .and(simpleNameEndingWith("Event").or(simpleNameEndingWith("Command")).or(simpleNameEndingWith("Query")))
                .should().beAssignableTo(Record.class)
                .check(redlim);
    }

    @Test
    void eventsArePastTense() {
        classes().that().resideInAPackage("cl.redlim.*.api..").and().haveSimpleNameEndingWith("Event")
                .should().haveSimpleNameNotEndingWith("UpdatedEvent")
                .check(redlim);
    }

    @Test
    void controllersOnlySendMessages() {
        noClasses().that().resideInAnyPackage("cl.redlim.*.command.web..", "cl.redlim.*.query.web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.axonframework.modelling..",
                        "org.axonframework.eventsourcing..", "com.mongodb..")
                .check(redlim);
    }
}
