package osintkg;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * A Neo4j 5 database in a temporary directory, with Bolt on a free loopback port and authentication on
 * (user neo4j, the password in OSINTKG_NEO4J_PASSWORD). Prints its URI on one line once it accepts
 * connections, and stops (deleting its directory) on SIGTERM or SIGINT.
 */
public final class Neo4jTestServer {
    private static final long PAGE_CACHE = 256L * 1024 * 1024;

    public static void main(String[] args) throws Exception {
        String password = System.getenv().getOrDefault("OSINTKG_NEO4J_PASSWORD", "osintkg-test");
        Path home = Files.createTempDirectory("osintkg-neo4j-");
        int port = freePort();
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, PAGE_CACHE)
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(service, home)));
        service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        System.out.println("bolt://127.0.0.1:" + port);
        System.out.flush();
        Thread.currentThread().join();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void stop(DatabaseManagementService service, Path home) {
        service.shutdown();
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + home + ": " + e.getMessage());
        }
    }
}
