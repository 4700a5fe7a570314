package dev.awsemulator.server.restjson;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.mediastoredata.MediaStoreDataClient;
import software.amazon.awssdk.services.mediastoredata.model.GetObjectResponse;
import software.amazon.awssdk.services.mediastoredata.model.Item;
import software.amazon.awssdk.services.mediastoredata.model.ObjectNotFoundException;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A REST-JSON service with MediaStore data's object routes, driven by the SDK's
 * {@link MediaStoreDataClient}: a greedy path label, a blob payload described by headers, HTTP-date
 * headers, HEAD, and a status taken from an output member.
 */
class MediaStoreRestJsonTest {

    private static RestJsonServer server;
    private static MediaStoreDataClient store;

    @BeforeAll
    static void start() {
        server = RestJsonServer.start();
        store = server.configure(MediaStoreDataClient.builder()).build();
    }

    @AfterAll
    static void stop() {
        store.close();
        server.close();
    }

    private static String put(String path, String body) {
        return store.putObject(b -> b.path(path).contentType("video/MP2T").cacheControl("max-age=60"),
                RequestBody.fromString(body)).eTag();
    }

    @Test
    void anObjectIsStoredAndReadBackUnderANestedPath() {
        String eTag = put("premium/canada/clip one+two.ts", "0123456789");

        ResponseBytes<GetObjectResponse> read = store.getObjectAsBytes(b -> b.path("premium/canada/clip one+two.ts"));

        assertThat(read.asUtf8String()).isEqualTo("0123456789");
        GetObjectResponse response = read.response();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("video/MP2T");
        assertThat(response.cacheControl()).isEqualTo("max-age=60");
        assertThat(response.contentLength()).isEqualTo(10);
        assertThat(response.eTag()).isEqualTo(eTag);
        assertThat(response.lastModified()).isEqualTo(FakeMediaStore.STORED);
    }

    @Test
    void aRangeIsAnsweredWithPartialContent() {
        put("ranges/clip.ts", "0123456789");

        ResponseBytes<GetObjectResponse> part = store.getObjectAsBytes(b -> b.path("ranges/clip.ts").range("bytes=2-5"));

        assertThat(part.asUtf8String()).isEqualTo("2345");
        assertThat(part.response().statusCode()).isEqualTo(206);
        assertThat(part.response().contentRange()).isEqualTo("bytes 2-5/10");
    }

    @Test
    void aHeadRequestDescribesTheObjectInHeaders() {
        String eTag = put("described/clip.ts", "abc");

        var described = store.describeObject(b -> b.path("described/clip.ts"));

        assertThat(described.eTag()).isEqualTo(eTag);
        assertThat(described.contentType()).isEqualTo("video/MP2T");
        assertThat(described.cacheControl()).isEqualTo("max-age=60");
        assertThat(described.lastModified()).isEqualTo(FakeMediaStore.STORED);
    }

    @Test
    void itemsCarryTheirTimestampsAsEpochSecondsInTheBody() {
        put("listed/a.ts", "a");

        assertThat(store.listItems(b -> b.path("listed/")).items()).singleElement().satisfies(item -> {
            assertThat(item.name()).isEqualTo("listed/a.ts");
            assertThat(item.lastModified()).isEqualTo(Instant.parse("2026-01-02T03:04:05.678Z"));
            assertThat(item.contentLength()).isEqualTo(1);
        });
        assertThat(store.listItems(b -> b.path("nothing-here/")).items()).extracting(Item::name).isEmpty();
    }

    @Test
    void aDeletedObjectIsAnObjectNotFoundException() {
        put("deleted/clip.ts", "gone soon");

        store.deleteObject(b -> b.path("deleted/clip.ts"));

        assertThatThrownBy(() -> store.getObjectAsBytes(b -> b.path("deleted/clip.ts")))
                .isInstanceOfSatisfying(ObjectNotFoundException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Object deleted/clip.ts does not exist.");
                });
    }
}
