package nz.integrity.it.deployment;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.descriptor.api.Descriptor;

/**
 * payara-micro-managed "deploys" by launching a Payara Micro JVM with the archive and "undeploys" by stopping
 * it. This wrapper launches it for the first test class only, answers later classes' deploys with the same
 * endpoints, ignores the undeploy after each class and stops the server when Arquillian stops the container
 * at the end of the suite (the delegate's shutdown hook still covers a JVM that dies first).
 */
public class SuiteScopedContainer implements DeployableContainer<PayaraMicroContainerConfiguration> {

    private final PayaraMicroDeployableContainer payara = new PayaraMicroDeployableContainer();
    private Archive<?> deployed;
    private ProtocolMetaData endpoints;
    private DeploymentException bootFailure;

    @Override
    public Class<PayaraMicroContainerConfiguration> getConfigurationClass() {
        return payara.getConfigurationClass();
    }

    @Override
    public void setup(PayaraMicroContainerConfiguration configuration) {
        payara.setup(configuration);
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return payara.getDefaultProtocol();
    }

    @Override
    public void start() throws LifecycleException {
        payara.start();
    }

    @Override
    public synchronized ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        if (bootFailure != null) {
            // One failed boot fails every class at once: retrying per class only stacked up half-started servers
            // (each waiting out the start-up timeout) on a machine that was already too busy to boot one.
            throw new DeploymentException("Payara Micro did not start for an earlier test class", bootFailure);
        }
        if (endpoints == null) {
            try {
                endpoints = payara.deploy(archive);
                deployed = archive;
            } catch (DeploymentException e) {
                bootFailure = e;
                stopHalfStartedServer(archive);
                throw e;
            }
        }
        return endpoints;
    }

    /** The delegate leaves the server process running when it gives up waiting for the deployment. */
    private void stopHalfStartedServer(Archive<?> archive) {
        try {
            payara.undeploy(archive);
        } catch (DeploymentException | RuntimeException alreadyGone) {
            // Nothing left to stop.
        }
    }

    @Override
    public void undeploy(Archive<?> archive) {
        // Kept running for the next test class; stop() ends it.
    }

    @Override
    public synchronized void stop() throws LifecycleException {
        try {
            if (deployed != null) {
                payara.undeploy(deployed);
            }
        } catch (DeploymentException e) {
            throw new LifecycleException("Could not stop the shared Payara Micro", e);
        } finally {
            deployed = null;
            endpoints = null;
        }
        payara.stop();
    }

    @Override
    public void deploy(Descriptor descriptor) throws DeploymentException {
        payara.deploy(descriptor);
    }

    @Override
    public void undeploy(Descriptor descriptor) throws DeploymentException {
        payara.undeploy(descriptor);
    }
}
