package dev.codehabit.agent.arch;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layering written down and checked: logic never reaches up into the API or the UI. */
@AnalyzeClasses(packages = "dev.codehabit.agent", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    @ArchTest
    static final ArchRule noJavaFxOutsideUi = noClasses()
            .that().resideOutsideOfPackages("dev.codehabit.agent.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..");

    @ArchTest
    static final ArchRule logicDoesNotKnowHttp = noClasses()
            .that().resideInAnyPackage("dev.codehabit.agent.store..", "dev.codehabit.agent.timeline..",
                    "dev.codehabit.agent.activity..", "dev.codehabit.agent.config..")
            .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "dev.codehabit.agent.api..",
                    "dev.codehabit.agent.ui..");

    @ArchTest
    static final ArchRule timelineIsPure = noClasses()
            .that().resideInAPackage("dev.codehabit.agent.timeline..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "dev.codehabit.agent.store..");

    @ArchTest
    static final ArchRule uiHasNoSql = noClasses()
            .that().resideInAPackage("dev.codehabit.agent.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..")
            .allowEmptyShould(true); // until the desktop UI lands
}
