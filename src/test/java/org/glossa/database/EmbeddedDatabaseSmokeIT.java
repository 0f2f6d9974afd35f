package org.glossa.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.glossa.containertest.DemoData;
import org.glossa.containertest.GlossaProcess;
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
        try (GlossaProcess glossa = GlossaProcess.start("embedded", Map.of("GLOSSA_DEMO", "true"))) {
            glossa.awaitReady();
            int port = glossa.port();
            SiteClient client = glossa.client();
            assertThat(glossa.startingAnswer())
                    .as("while it started, readiness said what it waited for (and called no EJB: awaitReady checks)")
                    .hasValueSatisfying(answer -> assertThat(answer)
                            .contains("\"reason\":\"starting\"")
                            .contains("\"waitingFor\"")
                            .as("every check is in the answer while the application starts, the database's too")
                            .contains("\"name\":\"database\",\"status\":\"DOWN\""));
            assertThat(client.local("/health/ready").body()).contains("\"name\":\"startup\",\"status\":\"UP\"");
            assertThat(Files.exists(glossa.workDir().resolve("data/glossa.mv.db")))
                    .as("H2 file under ./data")
                    .isTrue();
            for (String tag : List.of("de", "pt-br", "zh-hans", "ar")) {
                String home = "http://" + tag + ".localhost:" + port + "/";
                HttpResponse<String> response = client.get(tag + ".localhost:" + port, "/", Map.of());
                assertThat(response.statusCode()).as(home).isEqualTo(200);
                Page page = Page.parse(home, response.body());
                assertThat(page.canonical()).isEqualTo(home);
                assertThat(page.text()).contains(DemoData.ownerName());
                assertThat(page.document().select("main ul.cards a"))
                        .as("latest posts on %s", home)
                        .isNotEmpty();
            }
            HttpResponse<String> chooser = client.get("localhost:" + port, "/", Map.of());
            assertThat(chooser.statusCode()).isEqualTo(200);
            assertThat(glossa.log())
                    .as("the new database's schema came from the build's script of the changelog, not from Liquibase")
                    .contains("Database schema created on the new embedded database from the build's script")
                    .doesNotContain("liquibase.changelog")
                    .contains("Demo content loaded")
                    .contains("H2")
                    .as("the clustered scheduler runs on the embedded database too")
                    .contains("Scheduler started (clustered JDBC store, H2)")
                    .as("no observer failed at start (the demo content is a change the public site observes)")
                    .doesNotContain("WELD-000401");
        }
    }
}
