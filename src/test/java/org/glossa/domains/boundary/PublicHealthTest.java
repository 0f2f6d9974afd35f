package org.glossa.domains.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PublicHealthTest {

    @Test
    void aPublicHostSeesEachCheckByNameAndStatusButNoneOfItsData() {
        String payara = """
                {"status":"DOWN","checks":[
                  {"name":"database","status":"DOWN","data":{"reason":"Connection to db.internal:5432 refused"}},
                  {"name":"publishing","status":"DOWN","data":{"de":"generation failed: SELECT * FROM x"}},
                  {"name":"site","status":"UP","data":{"sites":17}}]}""";
        JsonObject reduced = PublicHealth.namesAndStatuses(payara.getBytes(StandardCharsets.UTF_8), 503);

        assertThat(reduced.getString("status")).isEqualTo("DOWN");
        assertThat(reduced.getJsonArray("checks")).hasSize(3);
        assertThat(reduced.getJsonArray("checks").getJsonObject(0).toString())
                .isEqualTo("{\"name\":\"database\",\"status\":\"DOWN\"}");
        assertThat(reduced.toString()).doesNotContain("db.internal", "SELECT", "reason", "\"data\"", "17");
    }

    @Test
    void anUnreadableAnswerBecomesTheStatusTheHttpCodeSays() {
        assertThat(PublicHealth.namesAndStatuses("<html>oops".getBytes(StandardCharsets.UTF_8), 503)
                        .toString())
                .isEqualTo("{\"status\":\"DOWN\"}");
        assertThat(PublicHealth.namesAndStatuses(new byte[0], 200).toString()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void onlyTheNodesOwnAddressIsNotAPublicHost() {
        assertThat(PublicHealth.isNodeAddress("127.0.0.1")).isTrue();
        assertThat(PublicHealth.isNodeAddress("[::1]")).isTrue();
        assertThat(PublicHealth.isNodeAddress("localhost")).isTrue();
        assertThat(PublicHealth.isNodeAddress("example.de")).isFalse();
        assertThat(PublicHealth.isNodeAddress("evil.example")).isFalse();
        assertThat(PublicHealth.isNodeAddress("10.0.0.1.nip.io")).isFalse();
    }
}
