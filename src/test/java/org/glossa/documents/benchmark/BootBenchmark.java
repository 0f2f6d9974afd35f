package org.glossa.documents.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Start to ready of the uber jar, against the floor the same Payara Micro sets: the smallest Jakarta EE application
 * that answers HTTP (one JAX-RS resource), bundled into an uber jar the same way with the same settings, started with
 * the same JVM options. Rounds alternate between the servers, so a slower moment of the machine hits all of them.
 * Each start is a new process on a new working directory, until its readiness URL answers 200:
 *
 * <ul>
 *   <li>the floor: the one-resource application, until {@code /floor/ready} answers;
 *   <li>the demo ({@code GLOSSA_DEMO=true}): the embedded database created and migrated, the demo content loaded and
 *       its documents generated, until {@code /health/ready} answers UP;
 *   <li>the large database (when it exists): 850,850 translations whose documents are stored, until UP (a first start,
 *       not counted, makes them again if they were made for other domains, and its work after start ends first).
 * </ul>
 *
 * Also prints what Payara Micro's own log says of each start ({@code ready in}).
 */
public final class BootBenchmark {

    private static final int PORT = 18491;
    private static final Pattern PAYARA_READY = Pattern.compile("Payara Micro .* ready in ([0-9,]+) \\(ms\\)");

    private BootBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        String heap = System.getProperty("glossa.benchmark.heap", "512m");
        Path glossa = Path.of("target/glossa.jar").toAbsolutePath();
        Path payara =
                Path.of(System.getProperty("glossa.benchmark.payaraMicro")).toAbsolutePath();
        Path settings = Path.of("payara/micro.properties").toAbsolutePath();
        Path work = Files.createTempDirectory("glossa-boot-benchmark");
        Path floor = floorJar(work, payara, settings);
        String database = GenerateDocumentsBenchmark.SERVER + GenerateDocumentsBenchmark.DATABASE;
        boolean large = hasContent(database);
        System.out.printf(
                Locale.ROOT,
                "%d rounds, -Xmx%s, each start a new process; the large database (%s): %s%n",
                rounds,
                heap,
                GenerateDocumentsBenchmark.DATABASE,
                large ? "present" : "absent, not measured (seed it with editorial-api.sh or generate-documents.sh)");
        if (large) {
            // Documents stored for other domains (generate-documents.sh's) are made again for this configuration at
            // the first start, a full regeneration: done once here, before the measured starts, which then find
            // their documents in place, as a restarted node does.
            Path dir = Files.createDirectories(work.resolve("large-first"));
            double seconds =
                    startToReady(glossa, heap, dir, environment("large", database, dir), "/health/ready", true);
            System.out.printf(
                    Locale.ROOT,
                    "first start on the large database, not counted: ready in %.1f s, then its work after start%n",
                    seconds);
        }
        Map<String, List<Double>> times = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            List<String> order = new ArrayList<>(List.of("floor", "demo"));
            if (large) {
                order.add("large");
            }
            if (round % 2 == 0) {
                java.util.Collections.reverse(order);
            }
            for (String which : order) {
                Path dir = Files.createDirectories(work.resolve(which + "-" + round));
                Path jar = which.equals("floor") ? floor : glossa;
                String ready = which.equals("floor") ? "/floor/ready" : "/health/ready";
                double seconds = startToReady(jar, heap, dir, environment(which, database, dir), ready, false);
                Double said = payaraReadyIn(dir.resolve("server.log"));
                times.computeIfAbsent(which, k -> new ArrayList<>()).add(seconds);
                System.out.printf(
                        Locale.ROOT,
                        "round %d, %-5s start to ready %5.1f s (Payara Micro's log: ready in %s)%n",
                        round,
                        which,
                        seconds,
                        said == null ? "?" : String.format(Locale.ROOT, "%.1f s", said));
            }
        }
        System.out.println();
        System.out.println("start to ready, seconds (each run; median):");
        double floorMedian = EditorialApiBenchmark.percentile(times.get("floor"), 50);
        times.forEach((which, list) -> {
            double median = EditorialApiBenchmark.percentile(list, 50);
            System.out.printf(
                    Locale.ROOT,
                    "  %-5s %s; median %.1f s%s%n",
                    which,
                    list.stream()
                            .map(t -> String.format(Locale.ROOT, "%.1f", t))
                            .toList(),
                    median,
                    which.equals("floor")
                            ? " (the floor: Payara Micro with one JAX-RS resource)"
                            : String.format(
                                    Locale.ROOT,
                                    " = floor + %.1f s (%.2f x the floor); goal %s",
                                    median - floorMedian,
                                    median / floorMedian,
                                    which.equals("demo") ? "15 s" : "20 s"));
        });
    }

    /**
     * The environment of a start: none for the floor (deployed at its name, as the bundler does without a context
     * root), the demo flag, or the large database with the benchmarks' owner account.
     */
    private static Map<String, String> environment(String which, String database, Path dir) {
        Map<String, String> env = new LinkedHashMap<>();
        if (which.equals("demo")) {
            env.put("GLOSSA_DEMO", "true");
        } else if (which.equals("large")) {
            env.put("GLOSSA_DB_URL", database);
            env.put("GLOSSA_DB_USER", GenerateDocumentsBenchmark.USER);
            env.put("GLOSSA_DB_PASSWORD", "");
            env.put("GLOSSA_OWNER_USER", "benchmark-owner");
            env.put("GLOSSA_OWNER_PASSWORD", "benchmark-owner-password");
            env.put("GLOSSA_PUBLISHING_FULL_REGENERATION_CRON", "0 0 3 * * ?");
        }
        env.put("GLOSSA_DOCUMENTS_CACHE_DIRECTORY", dir.resolve("documents").toString());
        return env;
    }

    /** Whether the large database exists and holds published content. */
    private static boolean hasContent(String url) {
        try (Connection c = DriverManager.getConnection(url, GenerateDocumentsBenchmark.USER, "");
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) > 100000 FROM publication")) {
            return r.next() && r.getBoolean(1);
        } catch (Exception e) {
            return false;
        }
    }

    /** @param settle whether to wait, once ready, until the server's work after start is over */
    private static double startToReady(
            Path jar, String heap, Path dir, Map<String, String> env, String ready, boolean settle) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        ProcessBuilder builder = new ProcessBuilder(
                        "java", "-Xmx" + heap, "-jar", jar.toString(), "--port", String.valueOf(PORT))
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("server.log").toFile());
        builder.environment().putAll(env);
        long started = System.nanoTime();
        Process process = builder.start();
        try {
            URI uri = URI.create("http://127.0.0.1:" + PORT + ready);
            while (System.nanoTime() - started < TimeUnit.MINUTES.toNanos(10)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the server stopped; see " + dir.resolve("server.log"));
                }
                try {
                    HttpResponse<Void> response = http.send(
                            HttpRequest.newBuilder(uri)
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() == 200) {
                        double seconds = (System.nanoTime() - started) / 1e9;
                        if (settle) {
                            EditorialApiBenchmark.awaitQuiet(process);
                        }
                        return seconds;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
            throw new IllegalStateException("not ready in 10 minutes; see " + dir.resolve("server.log"));
        } finally {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static Double payaraReadyIn(Path log) throws IOException {
        Matcher m = PAYARA_READY.matcher(Files.readString(log, StandardCharsets.UTF_8));
        return m.find() ? Long.parseLong(m.group(1).replace(",", "")) / 1000.0 : null;
    }

    /**
     * The floor's uber jar: one JAX-RS resource compiled against the Jakarta EE API, in a WAR bundled by the same
     * Payara Micro with the same settings file the uber jar is built with.
     */
    private static Path floorJar(Path work, Path payara, Path settings) throws Exception {
        Path sources = Files.createDirectories(work.resolve("floor-src/floor"));
        Files.writeString(sources.resolve("Floor.java"), """
                package floor;

                @jakarta.ws.rs.ApplicationPath("/")
                public class Floor extends jakarta.ws.rs.core.Application {}
                """);
        Files.writeString(sources.resolve("Ready.java"), """
                package floor;

                @jakarta.ws.rs.Path("ready")
                public class Ready {
                    @jakarta.ws.rs.GET
                    public String get() {
                        return "UP";
                    }
                }
                """);
        Path classes = Files.createDirectories(work.resolve("floor-classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int compiled = javac.run(
                null,
                null,
                null,
                "--release",
                "17",
                "-cp",
                System.getProperty("java.class.path"),
                "-d",
                classes.toString(),
                sources.resolve("Floor.java").toString(),
                sources.resolve("Ready.java").toString());
        if (compiled != 0) {
            throw new IllegalStateException("the floor application did not compile");
        }
        Path war = work.resolve("floor.war");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(war))) {
            // A WAR Payara recognises as one: its directories and a deployment descriptor.
            for (String directory : List.of("META-INF/", "WEB-INF/", "WEB-INF/classes/", "WEB-INF/classes/floor/")) {
                zip.putNextEntry(new ZipEntry(directory));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("WEB-INF/web.xml"));
            zip.write("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0"/>
                    """.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            for (String name : List.of("Floor.class", "Ready.class")) {
                zip.putNextEntry(new ZipEntry("WEB-INF/classes/floor/" + name));
                zip.write(Files.readAllBytes(classes.resolve("floor").resolve(name)));
                zip.closeEntry();
            }
        }
        Path jar = work.resolve("floor.jar");
        Process bundle = new ProcessBuilder(
                        "java",
                        "-jar",
                        payara.toString(),
                        "--deploy",
                        war.toString(),
                        "--systemProperties",
                        settings.toString(),
                        "--outputUberJar",
                        jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("floor-bundle.log").toFile())
                .start();
        if (!bundle.waitFor(5, TimeUnit.MINUTES) || bundle.exitValue() != 0 || !Files.exists(jar)) {
            throw new IllegalStateException(
                    "the floor's uber jar was not made; see " + work.resolve("floor-bundle.log"));
        }
        return jar;
    }
}
