package org.unesco.oer.audit;

/**
 * What happened, before it is stamped with who, when and its place in the chain.
 * Values are JSON text (or null); {@code detail} is a JSON object with context.
 */
public record AuditEntry(String action, String cycleCode, String stateCode, String questionCode,
                         String oldValue, String newValue, String detail) {

    public static AuditEntry of(String action, String cycleCode, String stateCode) {
        return new AuditEntry(action, cycleCode, stateCode, null, null, null, null);
    }

    public AuditEntry question(String code) {
        return new AuditEntry(action, cycleCode, stateCode, code, oldValue, newValue, detail);
    }

    public AuditEntry values(String before, String after) {
        return new AuditEntry(action, cycleCode, stateCode, questionCode, before, after, detail);
    }

    public AuditEntry detail(String json) {
        return new AuditEntry(action, cycleCode, stateCode, questionCode, oldValue, newValue, json);
    }
}
