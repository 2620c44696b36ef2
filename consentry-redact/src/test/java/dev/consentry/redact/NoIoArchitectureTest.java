package dev.consentry.redact;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.consentry.redact.internal.BundledResources;

/**
 * The redaction module is pure: no files, sockets, databases, processes or console. Only
 * {@link BundledResources} may open a stream, and only on this jar's own classpath resources.
 */
@AnalyzeClasses(packages = "dev.consentry.redact", importOptions = ImportOption.DoNotIncludeTests.class)
class NoIoArchitectureTest {

    @ArchTest
    static final ArchRule noFilesNetworkOrDatabases = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.net..", "java.sql..",
                    "javax.sql..", "java.nio.channels..", "java.rmi..", "javax.naming..", "java.net.http..")
            .because("the engine must not do I/O; callers bring text in and take results out");

    @ArchTest
    static final ArchRule noFileClasses = noClasses()
            .should().dependOnClassesThat().haveNameMatching("java\\.io\\.(File|RandomAccessFile|Console)\\w*")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.ProcessBuilder")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.Runtime")
            .orShould().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("no files, processes or console output (personal data must never reach a log)");

    @ArchTest
    static final ArchRule onlyBundledResourcesReadsStreams = noClasses()
            .that().doNotHaveFullyQualifiedName(BundledResources.class.getName())
            .should().dependOnClassesThat().haveNameMatching("java\\.io\\.\\w*(InputStream|Reader)\\w*")
            .orShould().callMethod(Class.class, "getResourceAsStream", String.class)
            .orShould().callMethod(ClassLoader.class, "getResourceAsStream", String.class)
            .because("only BundledResources reads the module's own gazetteers");
}
