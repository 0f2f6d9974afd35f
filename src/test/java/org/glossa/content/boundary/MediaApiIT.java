package org.glossa.content.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.glossa.containertest.Deployments;
import org.glossa.containertest.MultipartForm;
import org.glossa.containertest.SiteClient;
import org.glossa.containertest.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Image uploads over HTTP as the demo owner. The deployment's upload limit is 2 MiB (arquillian.xml), so
 * oversize uploads stay cheap. Whatever is refused must leave the media table as it was.
 */
@ExtendWith(ArquillianExtension.class)
class MediaApiIT {

    private static final String MEDIA = "/api/v1/media";
    private static final String OWNER = "owner";
    private static final String OWNER_PASSWORD = "demo-owner-password";
    private static final String TRANSLATOR = "anna";
    private static final String TRANSLATOR_PASSWORD = "demo-anna-password";
    private static final int LIMIT = 2 * 1024 * 1024;
    /** 30x20 lossy WebP from cwebp. */
    private static final String WEBP_30X20 =
            "UklGRlwAAABXRUJQVlA4IFAAAABwAwCdASoeABQAP3mkx12/rKikt+gD8C8JagCdMsvFAFKRF2gA"
                    + "/tXFtyBHxZ5oou0HeTJYAtPHd2c76vHC6W2KLPsX5JMEKCJbxwh8VgAAAA==";

    @ArquillianResource
    URL container;

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.applicationOnFreshDatabase();
    }

    @Test
    void aPngIsStoredWithTheTypeLengthAndDimensionsOfItsBytes() throws Exception {
        byte[] png = image("png", 320, 200, 1);

        HttpResponse<String> created = upload(
                new MultipartForm().file("file", "cover.png", "image/png", png).field("alt", "  A blue\ngradient  "));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject media = json(created);
        // On the API's configured URL (unset: the x-default site's origin), never on the request's Host.
        assertThat(created.headers().firstValue("Location"))
                .hasValue("https://www.glossa.example" + MEDIA + "/" + media.getJsonNumber("id"));
        assertThat(media.getString("mimeType")).isEqualTo("image/png");
        assertThat(media.getJsonNumber("byteLength").longValue()).isEqualTo(png.length);
        assertThat(media.getInt("width")).isEqualTo(320);
        assertThat(media.getInt("height")).isEqualTo(200);
        assertThat(media.getString("sha256")).isEqualTo(sha256(png));
        assertThat(media.getString("alt")).isEqualTo("A blue gradient");
        HttpResponse<String> read = client().getAs(MEDIA + "/" + media.getJsonNumber("id"), OWNER, OWNER_PASSWORD);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json(read)).isEqualTo(media);
        assertThat(storedLength(media.getJsonNumber("id").longValue())).isEqualTo(png.length);
    }

    @Test
    void theSameBytesUploadedAgainAnswerTheMediaAlreadyStored() throws Exception {
        byte[] png = image("png", 64, 64, 2);
        HttpResponse<String> first = upload(new MultipartForm().file("file", "a.png", "image/png", png));
        long rows = mediaRows();

        HttpResponse<String> again = upload(new MultipartForm().file("file", "copy.png", null, png));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(json(again).getJsonNumber("id")).isEqualTo(json(first).getJsonNumber("id"));
        assertThat(mediaRows()).isEqualTo(rows);
    }

    @Test
    void aWebpIsStoredWithItsDimensions() throws Exception {
        HttpResponse<String> created = upload(new MultipartForm()
                .file("file", "small.webp", "image/webp", Base64.getDecoder().decode(WEBP_30X20)));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(json(created).getString("mimeType")).isEqualTo("image/webp");
        assertThat(json(created).getInt("width")).isEqualTo(30);
        assertThat(json(created).getInt("height")).isEqualTo(20);
    }

    @Test
    void textNamedAndDeclaredPngIsRefusedAndNothingIsStored() throws Exception {
        long rows = mediaRows();

        HttpResponse<String> response = upload(
                new MultipartForm().file("file", "x.png", "image/png", "just some text, not a picture\n".getBytes()));

        assertProblemNaming(response, 415, "file");
        assertThat(json(response).getString("detail")).contains("not a PNG, JPEG, GIF or WebP image");
        assertThat(mediaRows()).isEqualTo(rows);
    }

    @Test
    void jpegBytesDeclaredAsPngAreRefusedSayingWhatWasDetected() throws Exception {
        long rows = mediaRows();
        byte[] jpeg = image("jpg", 50, 40, 3);

        HttpResponse<String> declared = upload(new MultipartForm().file("file", "photo", "image/png", jpeg));
        HttpResponse<String> named = upload(new MultipartForm().file("file", "photo.png", null, jpeg));

        assertProblemNaming(declared, 415, "file");
        assertThat(json(declared).getString("detail")).contains("image/png").contains("image/jpeg");
        assertProblemNaming(named, 415, "file");
        assertThat(json(named).getString("detail")).contains("photo.png").contains("image/jpeg");
        assertThat(mediaRows()).isEqualTo(rows);
    }

    @Test
    void anUploadOverTheLimitIs413NamingTheFileHoweverItIsSent() throws Exception {
        long rows = mediaRows();
        byte[] threeMiB = noise(3 * 1024 * 1024);
        byte[] oneByteOver = noise(LIMIT + 1);

        HttpResponse<String> declaredLength =
                upload(new MultipartForm().file("file", "big.png", "image/png", threeMiB));
        HttpResponse<String> chunked = client().postMultipartChunkedAs(
                        MEDIA,
                        new MultipartForm().file("file", "big.png", "image/png", threeMiB),
                        OWNER,
                        OWNER_PASSWORD);
        HttpResponse<String> justOver = upload(new MultipartForm().file("file", "big.png", "image/png", oneByteOver));

        assertProblemNaming(declaredLength, 413, "file");
        assertProblemNaming(chunked, 413, "file");
        assertProblemNaming(justOver, 413, "file");
        assertThat(json(justOver).getString("detail")).contains(String.valueOf(LIMIT));
        assertThat(mediaRows()).isEqualTo(rows);
    }

    @Test
    void aMissingFileAnOverlongAltTextOrABrokenFormIs400NamingThePart() throws Exception {
        long rows = mediaRows();
        MultipartForm unterminated = new MultipartForm()
                .file("file", "a.png", "image/png", image("png", 8, 8, 6))
                .unterminated();

        assertProblemNaming(upload(new MultipartForm().field("alt", "no file here")), 400, "file");
        assertProblemNaming(upload(unterminated), 400, "body");
        assertProblemNaming(
                upload(new MultipartForm()
                        .file("file", "ok.png", "image/png", image("png", 8, 8, 4))
                        .field("alt", "x".repeat(301))),
                400,
                "alt");
        assertThat(mediaRows()).isEqualTo(rows);
    }

    @Test
    void onlyTheOwnerMayUploadOrReadMedia() throws Exception {
        long rows = mediaRows();
        MultipartForm form = new MultipartForm().file("file", "a.png", "image/png", image("png", 10, 10, 5));

        HttpResponse<String> anonymous = client().postMultipartAs(MEDIA, form, null, null);
        HttpResponse<String> translator = client().postMultipartAs(MEDIA, form, TRANSLATOR, TRANSLATOR_PASSWORD);

        assertThat(anonymous.statusCode()).as(anonymous.body()).isEqualTo(401);
        assertThat(translator.statusCode()).as(translator.body()).isEqualTo(403);
        assertThat(client().local(MEDIA + "/1").statusCode()).isEqualTo(401);
        assertThat(mediaRows()).isEqualTo(rows);
    }

    @Test
    void unknownMediaIsA404Problem() throws Exception {
        HttpResponse<String> response = client().getAs(MEDIA + "/987654321", OWNER, OWNER_PASSWORD);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void openApiDescribesTheMediaAndSlugsEndpoints() throws Exception {
        HttpResponse<String> openapi = client().get("localhost", "/openapi", Map.of("Accept", "application/json"));

        assertThat(openapi.statusCode()).isEqualTo(200);
        JsonObject document =
                Json.createReader(new StringReader(openapi.body())).readObject();
        assertThat(document.getJsonObject("info").getString("title")).isEqualTo("Glossa API");
        JsonObject paths = document.getJsonObject("paths");
        assertThat(paths.keySet()).contains(MEDIA, MEDIA + "/{id}", "/api/v1/slugs");
        assertThat(paths.getJsonObject(MEDIA)
                        .getJsonObject("post")
                        .getJsonObject("requestBody")
                        .toString())
                .contains("multipart/form-data")
                .contains("binary");
        assertThat(paths.getJsonObject(MEDIA)
                        .getJsonObject("post")
                        .getJsonObject("responses")
                        .keySet())
                .contains("201", "200", "413", "415");
        JsonObject mediaView =
                document.getJsonObject("components").getJsonObject("schemas").getJsonObject("MediaView");
        assertThat(mediaView.getJsonObject("properties").keySet())
                .contains("id", "mimeType", "byteLength", "width", "height", "sha256", "alt");
        assertThat(mediaView.keySet()).doesNotContain("maxProperties");
    }

    private SiteClient client() throws Exception {
        return new SiteClient(container.toURI());
    }

    private HttpResponse<String> upload(MultipartForm form) throws Exception {
        return client().postMultipartAs(MEDIA, form, OWNER, OWNER_PASSWORD);
    }

    private static long mediaRows() throws Exception {
        try (Connection c = TestDatabase.connect(Deployments.DATABASE);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM media")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static long storedLength(long id) throws Exception {
        try (Connection c = TestDatabase.connect(Deployments.DATABASE);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT octet_length(content) FROM media WHERE id = " + id)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static byte[] image(String format, int width, int height, int seed) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, Color.HSBtoRGB((x + y + seed * 40) / 500f, 0.5f, 0.8f));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static byte[] noise(int length) {
        byte[] bytes = new byte[length];
        new Random(length).nextBytes(bytes);
        return bytes;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static void assertProblemNaming(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(response).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field"))
                .contains(field);
    }
}
