// Loaded by Neo4j through META-INF/services: global extensions start after the Bolt server has
// created its connectors and before it binds them, the one moment the guard can be put in place
// with no connection slipping past it.
package khorasan.embedded;

import org.neo4j.bolt.BoltServer;
import org.neo4j.kernel.extension.ExtensionFactory;
import org.neo4j.kernel.extension.ExtensionType;
import org.neo4j.kernel.extension.context.ExtensionContext;
import org.neo4j.kernel.lifecycle.Lifecycle;
import org.neo4j.kernel.lifecycle.LifecycleAdapter;

public final class BoltGuardExtension extends ExtensionFactory<BoltGuardExtension.Dependencies> {
  public interface Dependencies {
    BoltServer boltServer();
  }

  public BoltGuardExtension() {
    super(ExtensionType.GLOBAL, "khorasan-bolt-guard");
  }

  @Override
  public Lifecycle newInstance(ExtensionContext context, Dependencies dependencies) {
    return new LifecycleAdapter() {
      @Override
      public void start() {
        BoltGuard.install(dependencies.boltServer());
      }
    };
  }
}
