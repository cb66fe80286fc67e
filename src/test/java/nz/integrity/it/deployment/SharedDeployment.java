package nz.integrity.it.deployment;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.test.impl.client.deployment.AnnotationDeploymentScenarioGenerator;
import org.jboss.arquillian.container.test.spi.client.deployment.DeploymentScenarioGenerator;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * One Payara Micro for the whole failsafe run instead of one per IT class: every class gets the same
 * deployment ({@link SuiteDeploymentGenerator}) and the container keeps it deployed until the suite ends
 * ({@link SuiteScopedContainer}). Both are overrides of the stock services, so a class that still declares its
 * own {@code @Deployment} (for example one merged from an older branch) is given the shared deployment too.
 */
public class SharedDeployment implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.override(DeploymentScenarioGenerator.class, AnnotationDeploymentScenarioGenerator.class,
                SuiteDeploymentGenerator.class);
        builder.override(DeployableContainer.class, PayaraMicroDeployableContainer.class, SuiteScopedContainer.class);
    }
}
