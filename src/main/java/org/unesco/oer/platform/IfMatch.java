package org.unesco.oer.platform;

/** The version a client names in If-Match (reports, cycles): 7, "7" and W/"7" alike. */
public final class IfMatch {

    private IfMatch() {
    }

    /** The version, or null when the header is absent; anything else is a 400 naming If-Match. */
    public static Integer version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String v = ifMatch.trim();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("If-Match", "version");
        }
    }
}
