package org.unesco.oer.cycle;

import org.unesco.oer.platform.DomainException;
import org.unesco.oer.platform.Message;
import org.unesco.oer.platform.Problem;

/**
 * An edit of a cycle made on a version that is no longer the current one: an administrator changed
 * it in between, and applying the edit would overwrite what they did unseen. The problem carries the
 * current version.
 */
public class StaleCycleVersionException extends DomainException {

    private final int currentVersion;

    StaleCycleVersionException(int expected, int currentVersion) {
        super(409, "stale-cycle-version", Message.of("detail.stale-cycle-version", expected, currentVersion));
        this.currentVersion = currentVersion;
    }

    @Override
    public Problem toProblem(String language) {
        return super.toProblem(language).withExtension("currentVersion", currentVersion);
    }
}
