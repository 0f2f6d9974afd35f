package org.glossa.containertest;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code java -jar target/glossa.jar} as an operator starts it: its own working directory, port and log file,
 * configured by environment variables only (the build's own {@code GLOSSA_*} variables are removed).
 */
public final class GlossaProcess implements AutoCloseable {

    /** Concurrent readiness probes while the jar starts, and the pause of each between two requests. */
    private static final int PROBES = 2;

    private static final long PROBE_PAUSE_MILLIS = 100;

    /** What the log says once an EJB's initialisation has failed: it stays failed until the process restarts. */
    private static final String BROKEN_AT_START = "because its original initialization failed";

    private final AtomicReference<String> startingAnswer = new AtomicReference<>();

    private final Process process;
    private final Path workDir;
    private final Path log;
    private final int port;

    private GlossaProcess(Process process, Path workDir, Path log, int port) {
        this.process = process;
        this.workDir = workDir;
        this.log = log;
        this.port = port;
    }

    /** Starts the uber jar with {@code environment} on a free port, without Payara's own (Hazelcast) clustering. */
    public static GlossaProcess start(String name, Map<String, String> environment) throws IOException {
        Path workDir = Files.createTempDirectory(Path.of("target"), name + "-");
        int port = freePort();
        Path log = workDir.resolve("glossa.log");
        List<String> command = new ArrayList<>(List.of(
                javaBinary(),
                "-Xmx768m",
                // As in arquillian.xml: a test node lives for seconds, so the client compiler alone boots it
                // about a third faster than the tiered default, and one GC thread leaves the cores to the tests.
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Djava.io.tmpdir=" + workDir.toAbsolutePath(),
                "-jar",
                new File(System.getProperty("glossa.it.uberJar", "target/glossa.jar")).getAbsolutePath(),
                "--port",
                String.valueOf(port),
                "--nocluster"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("GLOSSA_"));
        env.putAll(environment);
        return new GlossaProcess(builder.start(), workDir, log, port);
    }

    public SiteClient client() {
        return new SiteClient(URI.create("http://127.0.0.1:" + port));
    }

    public int port() {
        return port;
    }

    public Path workDir() {
        return workDir;
    }

    public String log() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    /**
     * Waits until {@code /health/ready} answers 200 (at most three minutes), probing it meanwhile as a busy load
     * balancer does: {@link #PROBES} threads from the moment the port opens. A probe that reaches an EJB during the
     * start breaks that EJB for good (see {@code org.glossa.lifecycle}); this fails at once when the log shows it,
     * so every test that starts the jar also tests the start-up gate.
     */
    public GlossaProcess awaitReady() throws Exception {
        SiteClient client = client();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        AtomicBoolean ready = new AtomicBoolean();
        ExecutorService probes = Executors.newFixedThreadPool(PROBES);
        try {
            for (int i = 0; i < PROBES; i++) {
                probes.submit(() -> probe(client, ready, startingAnswer, deadline));
            }
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new AssertionError("glossa.jar exited early:\n" + log());
                }
                if (log().contains(BROKEN_AT_START)) {
                    throw new AssertionError("A start-up EJB failed during the start:\n" + log());
                }
                if (ready.get()) {
                    return this;
                }
                Thread.sleep(200);
            }
        } finally {
            ready.set(true);
            probes.shutdownNow();
        }
        throw new AssertionError("Not ready within 3 minutes:\n" + log());
    }

    private static void probe(
            SiteClient client, AtomicBoolean ready, AtomicReference<String> startingAnswer, Instant deadline) {
        while (!ready.get() && Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> answer = client.local("/health/ready");
                if (answer.statusCode() == 200) {
                    ready.set(true);
                } else if (answer.body().contains("\"startup\"")) {
                    startingAnswer.compareAndSet(null, answer.body());
                }
            } catch (RuntimeException notYetListening) {
                // keep probing
            }
            try {
                Thread.sleep(PROBE_PAUSE_MILLIS);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The first readiness answer seen during the start that came from the application's own checks, if any. */
    public Optional<String> startingAnswer() {
        return Optional.ofNullable(startingAnswer.get());
    }

    /** {@code kill -9}: the process gets no chance to finish anything, as when a machine dies. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
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
