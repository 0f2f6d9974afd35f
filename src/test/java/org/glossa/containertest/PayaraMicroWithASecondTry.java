package org.glossa.containertest;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.io.IOException;
import java.util.List;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Arquillian's Payara Micro, with a second try when a server does not come up within the start-up timeout.
 *
 * <p>The adapter waits for the server's instance summary and, if it never comes, reports only "No applications were
 * found deployed". Before the second try this asks every server process still running for a thread dump (printed
 * to the test's output), so that a start-up that hangs can be diagnosed, and says whether the process had died. A
 * test's own failures are never retried: only a server that did not start.
 */
public class PayaraMicroWithASecondTry extends PayaraMicroDeployableContainer {

    private static final Logger LOG = Logger.getLogger(PayaraMicroWithASecondTry.class.getName());

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        try {
            return super.deploy(archive);
        } catch (DeploymentException notStarted) {
            List<ProcessHandle> servers = runningServers();
            LOG.severe("Payara Micro did not start (" + notStarted.getMessage() + "); "
                    + (servers.isEmpty()
                            ? "its process had exited"
                            : "its process was still running: thread dump follows")
                    + ". Trying once more.");
            servers.forEach(PayaraMicroWithASecondTry::dumpThreads);
            undeploy(archive);
            // Every deployment starts on a fresh database; the first server may have left it half-migrated.
            TestDatabase.recreate(Deployments.DATABASE);
            return super.deploy(archive);
        }
    }

    private static List<ProcessHandle> runningServers() {
        return ProcessHandle.current()
                .children()
                .filter(p -> p.info().commandLine().orElse("").contains("payara-micro"))
                .toList();
    }

    private static void dumpThreads(ProcessHandle server) {
        try {
            new ProcessBuilder("kill", "-QUIT", Long.toString(server.pid()))
                    .inheritIO()
                    .start()
                    .waitFor();
            // The dump goes to the server's console, which the adapter copies to the test's output.
            Thread.sleep(3_000);
        } catch (IOException e) {
            LOG.warning("No thread dump of process " + server.pid() + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
