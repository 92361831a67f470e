package org.unesco.oer.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.unesco.oer.platform.Sha256;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pages' own static files, addressed with a fingerprint of their content ({@code ?v=<hash>}),
 * so that they can be cached for a year and a new version is fetched the moment it ships.
 */
@ApplicationScoped
public class Assets {

    private final Map<String, String> urls = new ConcurrentHashMap<>();

    public String url(String name) {
        return urls.computeIfAbsent(name, n -> "/static/" + n + "?v=" + fingerprint(n));
    }

    private static String fingerprint(String name) {
        try (InputStream in = Assets.class.getResourceAsStream("/META-INF/resources/static/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No static file " + name);
            }
            return Sha256.hex(new String(in.readAllBytes(), StandardCharsets.UTF_8)).substring(0, 12);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read static file " + name, e);
        }
    }
}
