package io.tilecast.game;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The rules know nothing of the server (DESIGN.md): the game packages use the JDK only, and none loops back. */
@AnalyzeClasses(packages = "io.tilecast.game", importOptions = ImportOption.DoNotIncludeTests.class)
class GameIsPureJavaTest {

    // The JMH benchmarks (bench profile only) sit in these packages to reach package-private constructors.
    @ArchTest
    static final ArchRule dependsOnTheJdkOnly = classes()
            .that().resideInAPackage("io.tilecast.game..")
            .and().haveNameNotMatching(".*(Benchmark|MidGames|HeadToHead).*")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.tilecast.game..", "java..");

    @ArchTest
    static final ArchRule noCycles = slices().matching("io.tilecast.game.(*)..").should().beFreeOfCycles();
}
