package org.glossa.containertest;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;

/** Puts {@link PayaraMicroWithASecondTry} in place of the adapter's container. */
public class SecondTryExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.override(
                DeployableContainer.class, PayaraMicroDeployableContainer.class, PayaraMicroWithASecondTry.class);
    }
}
