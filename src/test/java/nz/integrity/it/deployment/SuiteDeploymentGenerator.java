package nz.integrity.it.deployment;

import nz.integrity.it.Deployments;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.deployment.TargetDescription;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.test.spi.client.deployment.DeploymentScenarioGenerator;
import org.jboss.arquillian.test.spi.TestClass;

import java.util.List;

/**
 * The same deployment for every test class, whatever {@code @Deployment} method the class declares. It is
 * testable (carries the Arquillian servlet protocol) so that in-container tests of any class can run in it;
 * client tests ({@code @RunAsClient}) simply do not use the protocol.
 */
public class SuiteDeploymentGenerator implements DeploymentScenarioGenerator {

    static final String NAME = "suite";

    @Override
    public List<DeploymentDescription> generate(TestClass testClass) {
        // A fresh archive per class: Arquillian's archive processors add to it, and only the first one is deployed.
        DeploymentDescription suite = new DeploymentDescription(NAME, Deployments.suite());
        suite.shouldBeTestable(true).shouldBeManaged(true).setOrder(0);
        suite.setTarget(TargetDescription.DEFAULT);
        suite.setProtocol(ProtocolDescription.DEFAULT);
        return List.of(suite);
    }
}
