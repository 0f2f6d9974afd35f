package org.glossa.backoffice.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class AdminAddressTest {

    @Test
    void defaultsToAdminOnTheOriginOfTheXDefaultSite() {
        AdminAddress address = AdminAddress.onOriginOf(URI.create("http://localhost:8080/chooser"));

        assertThat(address.url()).hasToString("http://localhost:8080/admin");
        assertThat(address.secure()).isFalse();
    }

    @Test
    void servesItsOwnHostOnlyWhateverThePort() {
        AdminAddress address = AdminAddress.parse("https://Admin.Example.com/admin/");

        assertThat(address.url()).hasToString("https://admin.example.com/admin");
        assertThat(address.secure()).isTrue();
        assertThat(address.servesHost("admin.example.com")).isTrue();
        assertThat(address.servesHost("de.example.com")).isFalse();
        assertThat(address.servesHost(null)).isFalse();
    }

    @Test
    void refusesAnAddressThatIsNotAnHttpUrlEndingInAdmin() {
        for (String wrong : new String[] {
            "admin.example.com/admin",
            "ftp://example.com/admin",
            "https://example.com/",
            "https://example.com/back",
            "https://user@example.com/admin",
            "https://example.com/admin?x=1"
        }) {
            assertThatThrownBy(() -> AdminAddress.parse(wrong))
                    .as(wrong)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("GLOSSA_ADMIN_URL");
        }
    }
}
