package dev.fledge;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The core (everything but dev.fledge.api) can be used and tested without Quarkus, JAX-RS or Vert.x. */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.fledge");

    @Test
    void coreImportsNothingFromTheServiceStack() {
        noClasses().that().resideOutsideOfPackage("dev.fledge.api..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.quarkus..", "jakarta.ws.rs..", "io.vertx..", "org.jboss.resteasy..")
                .because("only dev.fledge.api may know the web stack")
                .check(MAIN);
    }

    @Test
    void writersReadTheModelNotTheRawArchive() {
        noClasses().that().resideInAPackage("dev.fledge.render..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.fledge.api..", "dev.fledge.archive..")
                .allowEmptyShould(true)
                .check(MAIN);
        noClasses().that().resideInAnyPackage("dev.fledge.model..", "dev.fledge.archive..", "dev.fledge.problem..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.fledge.render..", "dev.fledge.api..")
                .check(MAIN);
    }
}
