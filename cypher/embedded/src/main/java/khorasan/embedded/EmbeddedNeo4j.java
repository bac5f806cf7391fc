// Runs Neo4j 5.26 Community in this JVM with only a Bolt connector on 127.0.0.1, prints one ready
// line for the Node launcher, and exits when its stdin closes so the JVM never outlives the Node
// process that started it (even SIGKILL).
//
// Safe by default: auth is always on. The first line on stdin is the password for user neo4j
// (base64 of its UTF-8 bytes; stdin, unlike arguments or the environment, is not readable through
// ps or /proc). BoltGuard refuses every connection until that password is set, and anything but
// plain Bolt (HTTP, Bolt over WebSocket) after. LOAD CSV may not read files, and URLs are blocked.
package khorasan.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import inet.ipaddr.IPAddressString;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

public final class EmbeddedNeo4j {
  private static final String USAGE =
      "usage: EmbeddedNeo4j --data-dir DIR [--port N (0 = any free port)] [--pagecache-mb N]";

  private EmbeddedNeo4j() {}

  public static void main(String[] args) throws Exception {
    Path dataDir = null;
    int port = 7687;
    long pagecacheMb = 64;
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--data-dir" -> dataDir = Path.of(require(args[i], value)).toAbsolutePath();
        case "--port" -> port = parseInt(args[i], require(args[i], value), 0, 65535);
        case "--pagecache-mb" -> pagecacheMb = parseInt(args[i], require(args[i], value), 8, 1 << 20);
        default -> fail("unknown argument " + args[i] + "; " + USAGE);
      }
      i++;
    }
    if (dataDir == null) {
      fail("--data-dir is required; " + USAGE);
    }
    String password = readPasswordLine(System.in);
    Files.createDirectories(dataDir);
    // LOAD CSV gets no files (allow_file_urls=false) and, should that ever be turned back on, an
    // empty import root instead of the whole file system.
    Path importDir = dataDir.resolve("import-disabled");
    Files.createDirectories(importDir);

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(dataDir)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(HttpsConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            .setConfig(GraphDatabaseSettings.allow_file_urls, false)
            .setConfig(GraphDatabaseSettings.load_csv_file_url_root, importDir)
            // Nor may LOAD CSV fetch URLs (it would reach local services on this user's behalf).
            .setConfig(
                GraphDatabaseInternalSettings.cypher_ip_blocklist,
                List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0")))
            // One plan per query text and parameter types, not also per power of ten of each string
            // and list parameter's length: with the sizes, an id of 11 characters after one of 10,
            // or a search typed past its tenth letter, planned the whole query again (1.0-1.4 s of
            // CPU each for get-entity, measured) and the test suite's varied inputs kept one core
            // planning. The plans here do not depend on those sizes (query-plans.test.ts).
            .setConfig(GraphDatabaseInternalSettings.cypher_size_hint_parameters, false)
            // No usage report: the explorer makes no outbound calls (Neo4j's "Anonymous Usage Data").
            .setConfig(GraphDatabaseSettings.udc_enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pagecacheMb))
            // Small, non-preallocated transaction logs: test instances live in temp folders.
            .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
            .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(16))
            .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
            // Stores are checkpointed before Bolt stops; waiting 5 s twice for idle sockets only
            // slows every stop (tests start and stop many instances).
            .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(200))
            .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(200))
            .build();

    CountDownLatch stopped = new CountDownLatch(1);
    AtomicBoolean stopping = new AtomicBoolean(false);
    Runnable shutdown =
        () -> {
          if (stopping.compareAndSet(false, true)) {
            System.err.println("NEO4J_STOPPING");
            try {
              dbms.shutdown();
            } finally {
              System.err.println("NEO4J_STOPPED");
              stopped.countDown();
            }
          }
        };
    // SIGTERM / SIGINT / System.exit all run the hook: the store is closed cleanly.
    Runtime.getRuntime().addShutdownHook(new Thread(shutdown, "neo4j-shutdown"));
    watchStdin();

    GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    while (!db.isAvailable(1000)) {
      if (System.nanoTime() > deadline) {
        fail("the default database did not become available within 5 minutes");
      }
    }
    if (BoltGuard.guardedConnectors() == 0) {
      fail("the Bolt guard extension did not load (META-INF/services missing from the classpath?)");
    }
    setPassword(dbms, password);
    BoltGuard.open();
    int boltPort = boundBoltPort(db, port);
    System.out.println("NEO4J_READY bolt://127.0.0.1:" + boltPort);
    System.out.flush();
    stopped.await();
  }

  /** Reads the first stdin line: the password, base64 of its UTF-8 bytes. Nothing buffered past it. */
  private static String readPasswordLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != '\n') {
      if (b < 0) {
        fail("stdin closed before the password line (the launcher writes it first)");
      }
      line.write(b);
    }
    String password;
    try {
      password = new String(Base64.getDecoder().decode(line.toString(StandardCharsets.US_ASCII).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      fail("the password line on stdin is not base64");
      return null;
    }
    if (password.isEmpty()) {
      fail("the password on stdin is empty");
    }
    return password;
  }

  /** Gives user neo4j this start's password (Bolt still refuses every connection meanwhile). */
  private static void setPassword(DatabaseManagementService dbms, String password) {
    try {
      dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
          .executeTransactionally(
              "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (RuntimeException e) {
      // A restart with the same chosen password: Neo4j refuses to "change" it to itself.
      String message = String.valueOf(e.getMessage());
      if (!message.contains("cannot be the same")) {
        fail("could not set the password of user neo4j: " + message.replace('\n', ' '));
      }
    }
  }

  /** With port 0 the OS picks the port; Neo4j records the one it bound. */
  private static int boundBoltPort(GraphDatabaseService db, int requested) {
    if (requested != 0) {
      return requested;
    }
    ConnectorPortRegister ports =
        ((GraphDatabaseAPI) db).getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
    return ports.getLocalAddress(ConnectorType.BOLT).getPort();
  }

  /** The parent keeps our stdin open as long as it lives; end of input means it is gone. */
  private static void watchStdin() {
    Thread watcher =
        new Thread(
            () -> {
              InputStream in = System.in;
              byte[] buffer = new byte[256];
              try {
                while (in.read(buffer) >= 0) {
                  // Input is ignored; only its end matters.
                }
              } catch (IOException ignored) {
                // A broken stdin means the parent is gone too.
              }
              System.err.println("NEO4J_STDIN_CLOSED");
              System.exit(0);
            },
            "stdin-watcher");
    watcher.setDaemon(true);
    watcher.start();
  }

  private static String require(String flag, String value) {
    if (value == null) {
      fail(flag + " needs a value; " + USAGE);
    }
    return value;
  }

  private static int parseInt(String flag, String value, int min, int max) {
    try {
      int n = Integer.parseInt(value);
      if (n < min || n > max) {
        fail(flag + " must be between " + min + " and " + max + ", got " + value);
      }
      return n;
    } catch (NumberFormatException e) {
      fail(flag + " must be a number, got " + value);
      return -1;
    }
  }

  private static void fail(String message) {
    System.err.println("NEO4J_ERROR " + message);
    System.exit(2);
  }
}
