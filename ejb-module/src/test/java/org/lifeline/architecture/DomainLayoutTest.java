package org.lifeline.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What each package of the domain module may import from the others: the same sentences as the package-info files,
 * as tests. The graph has no cycle; a capability that needs another one more than this table says is a design
 * change, made here and in its package-info in the same commit.
 */
class DomainLayoutTest {

    static final String ROOT = "org.lifeline.";

    /** Each package, and the other Lifeline packages it may import. */
    static final Map<String, Set<String>> MAY_IMPORT = Map.ofEntries(
            Map.entry("shared", Set.of()),
            Map.entry("crypto", Set.of()),
            Map.entry("schema", Set.of()),
            Map.entry("deployment", Set.of("crypto")),
            Map.entry("health", Set.of("schema")),
            Map.entry("audit", Set.of("shared", "crypto")),
            Map.entry("account", Set.of("shared", "audit")),
            Map.entry("notification", Set.of("shared", "account", "audit")),
            Map.entry("attempt", Set.of("shared", "account", "audit")),
            Map.entry("secretphrase", Set.of("shared", "account", "audit")),
            Map.entry("lockout", Set.of("shared", "account", "audit", "attempt", "secretphrase")),
            Map.entry("recoverycode", Set.of("shared", "account", "audit", "crypto", "attempt")),
            Map.entry(
                    "authenticator",
                    Set.of(
                            "shared",
                            "account",
                            "audit",
                            "notification",
                            "crypto",
                            "attempt",
                            "lockout",
                            "recoverycode",
                            "secretphrase")),
            Map.entry(
                    "recoverycase",
                    Set.of(
                            "shared",
                            "account",
                            "audit",
                            "crypto",
                            "attempt",
                            "lockout",
                            "notification",
                            "authenticator",
                            "recoverycode",
                            "secretphrase")),
            Map.entry(
                    "verification",
                    Set.of("shared", "account", "audit", "attempt", "lockout", "authenticator", "recoverycode")),
            Map.entry(
                    "status", Set.of("shared", "account", "lockout", "authenticator", "recoverycode", "recoverycase")),
            Map.entry(
                    "compliance",
                    Set.of(
                            "shared",
                            "account",
                            "audit",
                            "attempt",
                            "notification",
                            "authenticator",
                            "recoverycode",
                            "secretphrase")),
            Map.entry(
                    "sensitiveaction",
                    Set.of("shared", "account", "audit", "attempt", "lockout", "authenticator", "status")),
            Map.entry("ownershipcheck", Set.of("shared", "recoverycase", "notification")),
            Map.entry("metrics", Set.of("audit", "attempt", "compliance", "notification", "ownershipcheck", "shared")));

    static JavaClasses domain;

    @BeforeAll
    static void importClasses() {
        domain = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.lifeline");
    }

    @Test
    void jsonComesFromTheOneProvider() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("jakarta.json.Json")
                .because("Json's static methods look the provider up on every call: use JsonProcessing.JSON")
                .check(domain);
    }

    @Test
    void everyPackageImportsOnlyWhatItsPackageInfoSays() {
        Set<String> packages = new TreeSet<>(MAY_IMPORT.keySet());
        for (Map.Entry<String, Set<String>> entry : MAY_IMPORT.entrySet()) {
            String[] forbidden = packages.stream()
                    .filter(other ->
                            !other.equals(entry.getKey()) && !entry.getValue().contains(other))
                    .map(other -> ROOT + other + "..")
                    .toArray(String[]::new);
            if (forbidden.length == 0) {
                continue;
            }
            noClasses()
                    .that()
                    .resideInAPackage(ROOT + entry.getKey() + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(forbidden)
                    .because("package-info of " + entry.getKey() + " lists what it imports")
                    .check(domain);
        }
    }

    @Test
    void everyPackageIsInTheTable() {
        Set<String> found = new TreeSet<>();
        domain.forEach(c -> {
            String rest = c.getPackageName().substring(ROOT.length());
            found.add(rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest);
        });
        found.removeAll(MAY_IMPORT.keySet());
        assertEquals(Set.of(), found, "packages without a rule");
    }

    /** Capabilities say what happened through the trail's one seam; only the notification table fills the outbox. */
    @Test
    void onlyTheNotificationTableWritesToTheOutbox() {
        noClasses()
                .that()
                .resideOutsideOfPackage(ROOT + "notification..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName(ROOT + "notification.SecurityNotifications")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName(ROOT + "notification.NotificationRepository")
                .check(domain);
    }

    @Test
    void thePackagesFormNoCycle() {
        slices().matching("org.lifeline.(*)..").should().beFreeOfCycles().check(domain);
    }

    /** Services hold rules, repositories hold queries: only the {@code Jpa*} repositories use the EntityManager. */
    @Test
    void onlyRepositoriesUseTheEntityManager() {
        noClasses()
                .that()
                .haveSimpleNameNotStartingWith("Jpa")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .check(domain);
    }
}
