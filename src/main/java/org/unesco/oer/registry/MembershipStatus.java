package org.unesco.oer.registry;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** UNESCO membership: full Member State or Associate Member. */
public enum MembershipStatus {
    MEMBER, ASSOCIATE;

    @JsonValue
    public String code() {
        return name().toLowerCase();
    }

    public static Optional<MembershipStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equalsIgnoreCase(code)).findFirst();
    }
}
