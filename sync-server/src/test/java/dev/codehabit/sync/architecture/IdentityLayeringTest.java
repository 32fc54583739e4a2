package dev.codehabit.sync.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The identity packages keep SQL in their table owners, and depend on each other in one direction only. */
class IdentityLayeringTest {
    private static final String[] IDENTITY = {"dev.codehabit.sync.account..", "dev.codehabit.sync.auth..",
            "dev.codehabit.sync.device..", "dev.codehabit.sync.privacy..", "dev.codehabit.sync.oidc..",
            "dev.codehabit.sync.ratelimit.."};
    /** The module's own compiled classes only: scanning the whole class path for the package is far slower. */
    private static final JavaClasses CLASSES = new ClassFileImporter().importPath(Path.of("target/classes"));

    @Test
    void onlyTheTableOwnersTouchSql() {
        noClasses().that().resideInAnyPackage(IDENTITY).and().haveSimpleNameNotEndingWith("Store")
                .should().dependOnClassesThat().resideInAPackage("java.sql..")
                .because("each table has one owning class (the *Store); services and routes never write SQL")
                .check(CLASSES);
    }

    @Test
    void identityPackagesHaveNoCycles() {
        slices().matching("dev.codehabit.sync.(account|auth|device|privacy|oidc|ratelimit)..").should().beFreeOfCycles()
                .check(CLASSES);
    }
}
