package org.glossa.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.glossa.containertest.DemoData;
import org.glossa.containertest.Page;
import org.glossa.containertest.SiteClient;
import org.junit.jupiter.api.Test;

/**
 * The newcomer's path: {@code java -jar target/glossa.jar} with demo content and no database configured
 * runs on the embedded H2 under {@code ./data} and serves every locale on {@code <tag>.localhost}.
 */
class EmbeddedDatabaseSmokeIT {

    @Test
    void theUberJarRunsOnTheEmbeddedDatabaseWithDemoContent() throws Exception {
        Path workDir = Files.createTempDirectory(Path.of("target"), "embedded-");
        int port = freePort();
        Path log = workDir.resolve("glossa.log");
        ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-Xmx768m",
                "-Djava.io.tmpdir=" + workDir.toAbsolutePath(),
                "-jar", new File(System.getProperty("glossa.it.uberJar", "target/glossa.jar")).getAbsolutePath(),
                "--port", String.valueOf(port), "--nocluster")
                .directory(workDir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("GLOSSA_"));
        env.put("GLOSSA_DEMO", "true");
        Process glossa = builder.start();
        try {
            SiteClient client = new SiteClient(URI.create("http://127.0.0.1:" + port));
            awaitReady(client, glossa, log);
            assertThat(Files.exists(workDir.resolve("data/glossa.mv.db"))).as("H2 file under ./data").isTrue();
            for (String tag : List.of("de", "pt-br", "zh-hans", "ar")) {
                String home = "http://" + tag + ".localhost:" + port + "/";
                HttpResponse<String> response = client.get(tag + ".localhost:" + port, "/", Map.of());
                assertThat(response.statusCode()).as(home).isEqualTo(200);
                Page page = Page.parse(home, response.body());
                assertThat(page.canonical()).isEqualTo(home);
                assertThat(page.text()).contains(DemoData.ownerName());
                assertThat(page.document().select("main ul.cards a")).as("latest posts on %s", home).isNotEmpty();
            }
            HttpResponse<String> chooser = client.get("localhost:" + port, "/", Map.of());
            assertThat(chooser.statusCode()).isEqualTo(200);
            assertThat(Files.readString(log, StandardCharsets.UTF_8)).contains("Demo content loaded").contains("H2")
                    .as("the clustered scheduler runs on the embedded database too")
                    .contains("Scheduler started (clustered JDBC store, H2)");
        } finally {
            glossa.destroy();
            if (!glossa.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                glossa.destroyForcibly();
            }
        }
    }

    private static void awaitReady(SiteClient client, Process glossa, Path log) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (!glossa.isAlive()) {
                throw new AssertionError("glossa.jar exited early:\n" + Files.readString(log));
            }
            try {
                if (client.local("/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (RuntimeException notYetListening) {
                // keep waiting
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("Not ready within 3 minutes:\n" + Files.readString(log));
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
