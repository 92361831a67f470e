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

/** Each of the Secretariat's chasing pages, with everything it loads, stays under 300 KB on the wire (cold cache). */
@QuarkusTest
class ChasePageWeightTest {

    private static final String CYCLE = "chase-weight";
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

    private static long onTheWire(String path) {
        String auth = Tokens.secretariat();
        Response page = fetch(auth, path);
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        long total = page.asByteArray().length;
        Document html = Jsoup.parse(given().header("Authorization", auth).get(path).asString());
        List<String> assets = new ArrayList<>();
        html.select("link[rel=stylesheet]").forEach(l -> assets.add(l.attr("href")));
        html.select("script[src]").forEach(s -> assets.add(s.attr("src")));
        StringBuilder seen = new StringBuilder("page " + total);
        for (String asset : assets) {
            long size = fetch(null, asset).asByteArray().length;
            total += size;
            seen.append(", ").append(asset).append(' ').append(size);
        }
        System.out.println("Page weight of " + path + " (bytes on the wire): " + seen + " = " + total);
        return total;
    }

    @Test
    void everyChasingPageWithItsAssetsIsUnder300KilobytesOnTheWire() {
        fixture.openCycle(CYCLE);
        for (String path : List.of("/secretariat/" + CYCLE + "/extensions", "/secretariat/" + CYCLE + "/extensions?lang=ar",
                "/secretariat/" + CYCLE + "/reminders?stage=not_started", "/secretariat/" + CYCLE + "/reminders?stage=not_started&lang=ar",
                "/secretariat/" + CYCLE + "/reminders/log", "/secretariat/" + CYCLE + "/designations",
                "/secretariat/" + CYCLE + "/designations/new")) {
            assertThat(onTheWire(path)).as(path).isLessThan(300 * 1024);
        }
    }
}
