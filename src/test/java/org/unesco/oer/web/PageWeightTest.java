package org.unesco.oer.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.unesco.oer.support.ReportFixture;
import org.unesco.oer.support.Tokens;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The largest section page, with everything it loads, stays within 150 KB on the wire on a cold
 * cache (compressed, as a browser asks), and the fingerprinted assets are cached for a year.
 */
@QuarkusTest
class PageWeightTest {

    private static final String CYCLE = "weight-open";
    private static final RestAssuredConfig RAW = RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());

    @Inject
    ReportFixture fixture;

    private static Response fetch(String auth, String path) {
        var request = given().config(RAW).header("Accept-Encoding", "gzip, deflate, br");
        if (auth != null) {
            request.header("Authorization", auth);
        }
        return request.get(path);
    }

    @Test
    void theLargestSectionPageWithItsAssetsIsUnder150KilobytesCompressed() {
        fixture.openCycle(CYCLE);
        fixture.designate(CYCLE, "KAZ", "fp-weight");
        String auth = Tokens.focalPoint("fp-weight");
        // every question of the largest section shown: its follow-ups are revealed
        ReportFixture.patch(auth, CYCLE, "KAZ", java.util.Map.of("A1_CAPACITY_BUILDING_INITIATIVES", "yes", "A1_OER_REPOSITORY", "exists"), 0);
        Response page = fetch(auth, "/reports/" + CYCLE + "/KAZ/sections/AREA_I");
        assertThat(page.statusCode()).isEqualTo(200);
        long total = page.asByteArray().length;
        Document html = Jsoup.parse(new String(given().header("Authorization", auth).get("/reports/" + CYCLE + "/KAZ/sections/AREA_I").asByteArray(),
                java.nio.charset.StandardCharsets.UTF_8));
        List<String> assets = new ArrayList<>();
        html.select("link[rel=stylesheet]").forEach(l -> assets.add(l.attr("href")));
        html.select("script[src]").forEach(s -> assets.add(s.attr("src")));
        assertThat(assets).hasSizeGreaterThanOrEqualTo(4);
        StringBuilder seen = new StringBuilder("page " + total);
        for (String asset : assets) {
            Response r = fetch(null, asset);
            assertThat(r.statusCode()).as(asset).isEqualTo(200);
            total += r.asByteArray().length;
            seen.append(", ").append(asset).append(' ').append(r.asByteArray().length).append(' ').append(r.header("Content-Encoding"));
        }
        System.out.println("Page weight (bytes on the wire): " + seen + " = " + total);
        assertThat(total).as(seen.toString()).isLessThan(150 * 1024);
    }

    @Test
    void fingerprintedAssetsAreCachedForAYear() {
        Response css = fetch(null, "/webjars/bootstrap/5.3.3/css/bootstrap.min.css");
        assertThat(css.header("Cache-Control")).contains("max-age=31536000").contains("immutable");
        fixture.openCycle(CYCLE);
        String own = Jsoup.parse(given().header("Authorization", Tokens.focalPoint("fp-weight-assets")).get("/reports").asString())
                .selectFirst("link[href^=/static/oer.css]").attr("href");
        assertThat(own).matches("/static/oer\\.css\\?v=[0-9a-f]{12}");
        assertThat(fetch(null, own).header("Cache-Control")).contains("immutable");
    }
}
