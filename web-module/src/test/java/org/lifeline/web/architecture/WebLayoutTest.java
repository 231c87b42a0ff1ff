package org.lifeline.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The REST adapter's rules, as the package-info of {@code org.lifeline.web} states them. */
class WebLayoutTest {

    static JavaClasses web;

    @BeforeAll
    static void importClasses() {
        web = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.lifeline.web");
    }

    @Test
    void jsonComesFromTheOneProvider() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("jakarta.json.Json")
                .because("Json's static methods look the provider up on every call: use JsonProcessing.JSON")
                .check(web);
    }

    @Test
    void noEntityManagerNoSqlHere() {
        noClasses()
                .that()
                .resideInAPackage("org.lifeline.web..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.persistence..", "java.sql..", "javax.sql..", "org.hibernate..")
                .because("the REST adapter calls services; queries live in the domain's repositories")
                .check(web);
    }

    @Test
    void resourcesCallServiceInterfacesNotTheirImplementations() {
        noClasses()
                .that()
                .resideInAPackage("org.lifeline.web..")
                .should()
                .dependOnClassesThat()
                .haveSimpleNameStartingWith("Default")
                .orShould()
                .dependOnClassesThat()
                .haveSimpleNameStartingWith("Jpa")
                .check(web);
    }

    @Test
    void theResourcePackagesFormNoCycle() {
        slices().matching("org.lifeline.web.(*)..").should().beFreeOfCycles().check(web);
    }
}
