package io.tilecast;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The arrows of docs/design.md that must hold. */
@AnalyzeClasses(packages = "io.tilecast", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerArchitectureTest {

    @ArchTest
    static final ArchRule rulesKnowNothingOfTheServer = noClasses().that().resideInAPackage("io.tilecast.game..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "reactor..", "io.r2dbc..",
                    "io.tilecast.play..", "io.tilecast.web..", "io.tilecast.journal..");

    @ArchTest
    static final ArchRule hostsKnowNothingOfHttp = noClasses().that().resideInAPackage("io.tilecast.play..")
            .should().dependOnClassesThat().resideInAnyPackage("io.tilecast.web..", "org.springframework.web..",
                    "org.springframework.http..");

    @ArchTest
    static final ArchRule theJournalKnowsNothingOfHostsOrHttp = noClasses().that().resideInAPackage("io.tilecast.journal..")
            .should().dependOnClassesThat().resideInAnyPackage("io.tilecast.play..", "io.tilecast.web..");

    /** A cycle would make every package in it one unit: none can be read, tested or changed alone. */
    @ArchTest
    static final ArchRule topLevelPackagesFormNoCycles = slices().matching("io.tilecast.(*)..").should().beFreeOfCycles();

    /** The parts of play (host, hosting, lobby, computer) and of game (rules, lexicon, gcg, search) loop back on none. */
    @ArchTest
    static final ArchRule playPackagesFormNoCycles = slices().matching("io.tilecast.play.(*)..").should()
            .beFreeOfCycles();

    @ArchTest
    static final ArchRule gamePackagesFormNoCycles = slices().matching("io.tilecast.game.(*)..").should()
            .beFreeOfCycles();

    /** A host decides and commits; where games live, how they are found and recovered is hosting's. */
    @ArchTest
    static final ArchRule theHostKnowsNothingOfHosting = noClasses().that().resideInAPackage("io.tilecast.play.host..")
            .should().dependOnClassesThat().resideInAnyPackage("io.tilecast.play.hosting..", "io.tilecast.play.lobby..",
                    "io.tilecast.play.computer..", "io.tilecast.journal..", "io.tilecast.routing..");

    /** Problems are raised everywhere from filters to controllers, so they may depend on nothing of ours. */
    @ArchTest
    static final ArchRule problemsStandAlone = classes().that().resideInAPackage("io.tilecast.problem..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.tilecast.problem..", "java..",
                    "org.springframework.http..");

    /** The HTTP edge sits above the hosts: nothing below it (hosts, routing, accounts, limits) knows it. */
    @ArchTest
    static final ArchRule onlyTheWebAndOperationsKnowTheEdge = noClasses().that().resideOutsideOfPackages(
                    "io.tilecast.edge..", "io.tilecast.web..", "io.tilecast.ops..")
            .should().dependOnClassesThat().resideInAPackage("io.tilecast.edge..");

    @ArchTest
    static final ArchRule theEdgeKnowsNothingOfControllers = noClasses().that().resideInAPackage("io.tilecast.edge..")
            .should().dependOnClassesThat().resideInAnyPackage("io.tilecast.web..", "io.tilecast.ops..");

    /** Leases, game ids and the fly environment sit below the hosts. */
    @ArchTest
    static final ArchRule routingKnowsNothingOfHostsOrTheEdge = noClasses().that().resideInAPackage("io.tilecast.routing..")
            .should().dependOnClassesThat().resideInAnyPackage("io.tilecast.play..", "io.tilecast.edge..",
                    "io.tilecast.web..", "io.tilecast.account..", "io.tilecast.limits..");
}
