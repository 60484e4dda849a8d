package org.example.observable.testsupport;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment of an in-container test: the packaged application WAR as built (classes, Flyway and its
 * migrations, descriptors) plus the test class (with its nested classes) and the test-support classes it uses,
 * deployed beside the application under the test's own name (its own context root, its own class loader).
 */
public final class InContainerDeployment {

    private InContainerDeployment() {
    }

    public static WebArchive of(Class<?> testClass) {
        File war = new File(System.getProperty("it.war", "target/observable-service.war"));
        return ShrinkWrap.create(WebArchive.class, testClass.getSimpleName() + ".war")
                .merge(ShrinkWrap.createFromZipFile(WebArchive.class, war))
                .addClasses(testClass, InContainerDeployment.class, DatabaseRows.class);
    }
}
