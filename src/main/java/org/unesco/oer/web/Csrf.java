package org.unesco.oer.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The anti-forgery token of every page form: an HMAC of the signed-in user's id under the web
 * tenant's state secret, so it needs no server state and holds across instances, and a page of
 * another site cannot know it. {@link CsrfInterceptor} checks it on every form post.
 */
@ApplicationScoped
public class Csrf {

    public static final String FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";

    @ConfigProperty(name = "quarkus.oidc.web.authentication.state-secret")
    String secret;

    public String tokenFor(String subject) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(("csrf:" + secret).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(subject.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    public boolean valid(String subject, String token) {
        return token != null && MessageDigest.isEqual(tokenFor(subject).getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }
}
