package org.example.observable.testsupport;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment of an in-container test: the packaged application WAR as built (classes, Flyway and its
 * migrations, descriptors) plus the test class (with its nested classes) and the test-support classes it uses. Deployed under the test's own name, since the server's
 * liberty/config/server.xml already names {@code observable-service.war} (absent on that server).
 */
public final class InContainerDeployment {

    private InContainerDeployment() {
    }

    public static WebArchive of(Class<?> testClass) {
        return application(testClass).addClasses(testClass, InContainerDeployment.class, DatabaseRows.class);
    }

    /** The packaged application alone, for a test that calls it over HTTP ({@code @Deployment(testable = false)}). */
    public static WebArchive application(Class<?> testClass) {
        File war = new File(System.getProperty("it.arquillian.war", "target/observable-service.war"));
        return ShrinkWrap.create(WebArchive.class, testClass.getSimpleName() + ".war")
                .merge(ShrinkWrap.createFromZipFile(WebArchive.class, war));
    }
}
