package dev.consentry.consent.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * consentry-consent is where correctness lives; it stays free of databases, files and sockets so
 * that every rule can be tested in memory and reused anywhere. Only {@code DefaultPolicy} reads,
 * and only its own bundled resource.
 */
class PurityTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.consentry.consent");

    @Test
    void noJdbcFilesOrSockets() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "java.net..", "java.nio.file..", "java.nio.channels..")
                .because("the consent module does no I/O")
                .check(CLASSES);
    }

    @Test
    void noFileStreams() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileReader")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileWriter")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.RandomAccessFile")
                .because("the consent module does no I/O")
                .check(CLASSES);
    }

    @Test
    void onlyTheDefaultPolicyReadsResources() {
        noClasses().that().doNotHaveFullyQualifiedName("dev.consentry.consent.policy.DefaultPolicy")
                .should().callMethod(Class.class, "getResourceAsStream", String.class)
                .check(CLASSES);
    }

    @Test
    void noSystemOutput() {
        noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .because("a library reports through return values and exceptions")
                .check(CLASSES);
    }
}
