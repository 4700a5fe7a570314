package dev.awsemulator.server.api;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** URI templates match paths as SDKs encode them: labels are whole segments, a greedy one takes the rest. */
class UriTemplateTest {

    @Test
    void aLabelTakesOneEncodedSegmentAndIsDecoded() {
        UriTemplate template = UriTemplate.of("/v1/clusters/{clusterArn}/nodes");

        assertThat(template.match("/v1/clusters/arn%3Aaws%3Akafka%3A%3Acluster%2Fname%2Fid/nodes"))
                .isEqualTo(Map.of("clusterArn", "arn:aws:kafka::cluster/name/id"));
        assertThat(template.match("/v1/clusters/a/b/nodes")).isNull();
        assertThat(template.match("/v1/clusters//nodes")).isNull();
        assertThat(template.match("/v1/clusters/a")).isNull();
    }

    @Test
    void aGreedyLabelTakesTheRestOfThePathWithItsSlashes() {
        UriTemplate template = UriTemplate.of("/objects/{Path+}");

        assertThat(template.match("/objects/a/b%20c/d+e.ts")).isEqualTo(Map.of("Path", "a/b c/d+e.ts"));
        assertThat(template.match("/objects/")).isNull();
        assertThat(template.match("/other/a")).isNull();
    }

    @Test
    void literalsAreCountedSoTheMostSpecificTemplateWins() {
        assertThat(UriTemplate.of("/v1/clusters/{arn}").literals()).isEqualTo(2);
        assertThat(UriTemplate.of("/{Path+}").literals()).isZero();
    }

    @Test
    void onlyAPathWithTheGreedyLabelLastIsATemplate() {
        assertThatThrownBy(() -> UriTemplate.of("/{Path+}/tail")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UriTemplate.of("v1/clusters")).isInstanceOf(IllegalArgumentException.class);
    }
}
