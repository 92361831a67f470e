package org.unesco.oer.platform;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A bounded in-memory cache map: the least recently used entry leaves first once it is full. */
public final class LeastRecentlyUsed {

    private LeastRecentlyUsed() {
    }

    /** A thread-safe map of at most {@code size} entries (iterate it only while holding its lock). */
    public static <K, V> Map<K, V> map(int size) {
        return Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > size;
            }
        });
    }
}
