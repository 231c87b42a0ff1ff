package org.lifeline.batch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The job's artifacts reach the domain through its service interfaces and value types only. */
class BatchLayoutTest {

    private final JavaClasses batch = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.lifeline.batch");

    @Test
    void artifactsUseServiceInterfacesOnly() {
        noClasses()
                .that()
                .resideInAPackage("org.lifeline.batch..")
                .should()
                .dependOnClassesThat()
                .haveSimpleNameStartingWith("Default")
                .orShould()
                .dependOnClassesThat()
                .haveSimpleNameStartingWith("Jpa")
                .orShould()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.persistence..", "java.sql..", "jakarta.ws.rs..")
                .because("the batch module uses the domain module's services; no queries, no JAX-RS")
                .check(batch);
    }
}
