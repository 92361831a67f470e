package org.unesco.oer.export;

import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadAheadCursorTest {

    /** A cursor over 0..n-1 that fails at {@code failAt} (-1: never) and notes its reads and its closing. */
    private static final class Numbers implements SynthesisSource.Cursor<Integer> {
        final AtomicInteger read = new AtomicInteger();
        final AtomicBoolean closed = new AtomicBoolean();
        final Iterator<Integer> values;
        final int failAt;

        Numbers(int n, int failAt) {
            this.values = IntStream.range(0, n).iterator();
            this.failAt = failAt;
        }

        @Override
        public boolean hasNext() {
            return values.hasNext();
        }

        @Override
        public Integer next() {
            int value = values.next();
            if (value == failAt) {
                throw new UncheckedIOException(new IOException("connection lost"));
            }
            read.incrementAndGet();
            return value;
        }

        @Override
        public void close() {
            closed.set(true);
        }
    }

    @Test
    void rowsArriveInTheirOrderAndAllOfThem() throws Exception {
        Numbers source = new Numbers(10_000, -1);
        List<Integer> seen = new ArrayList<>();
        try (ReadAheadCursor<Integer> cursor = new ReadAheadCursor<>(source, 16, "test-read-ahead")) {
            cursor.forEachRemaining(seen::add);
            assertThat(cursor.hasNext()).isFalse();
            assertThatThrownBy(cursor::next).isInstanceOf(NoSuchElementException.class);
        }
        assertThat(seen).containsExactlyElementsOf(IntStream.range(0, 10_000).boxed().toList());
        assertThat(source.closed).isTrue();
    }

    @Test
    void aFailureOfTheReaderReachesTheConsumerAfterTheRowsBeforeIt() throws Exception {
        Numbers source = new Numbers(100, 42);
        List<Integer> seen = new ArrayList<>();
        try (ReadAheadCursor<Integer> cursor = new ReadAheadCursor<>(source, 8, "test-read-ahead")) {
            assertThatThrownBy(() -> cursor.forEachRemaining(seen::add))
                    .isInstanceOf(UncheckedIOException.class).hasMessageContaining("connection lost");
            assertThatThrownBy(cursor::hasNext).isInstanceOf(UncheckedIOException.class); // and again
        }
        assertThat(seen).containsExactlyElementsOf(IntStream.range(0, 42).boxed().toList());
    }

    @Test
    void closingEarlyStopsTheReaderWithinItsCapacityAndClosesTheCursor() throws Exception {
        Numbers source = new Numbers(1_000_000, -1);
        ReadAheadCursor<Integer> cursor = new ReadAheadCursor<>(source, 4, "test-read-ahead");
        assertThat(cursor.next()).isZero();
        cursor.close();
        assertThat(source.closed).isTrue();
        assertThat(source.read.get()).isLessThan(100); // one taken, a few queued: not the million
    }

    @Test
    void anOpenerRunsOnTheReadingThreadSoTheConsumerIsNotKeptWaiting() throws Exception {
        java.util.concurrent.CountDownLatch queryMayFinish = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicReference<String> openedOn = new java.util.concurrent.atomic.AtomicReference<>();
        Numbers source = new Numbers(3, -1);
        try (ReadAheadCursor<Integer> cursor = new ReadAheadCursor<Integer>(() -> {
            openedOn.set(Thread.currentThread().getName());
            try {
                queryMayFinish.await(); // a slow query: the constructor must not wait for it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return source;
        }, 4, "test-read-ahead")) {
            queryMayFinish.countDown();
            assertThat(List.of(cursor.next(), cursor.next(), cursor.next())).containsExactly(0, 1, 2);
            assertThat(cursor.hasNext()).isFalse();
        }
        assertThat(openedOn.get()).isEqualTo("test-read-ahead");
        assertThat(source.closed).isTrue();
    }

    @Test
    void anOpenerThatFailsReachesTheConsumerAtTheFirstRow() throws Exception {
        try (ReadAheadCursor<Integer> cursor = new ReadAheadCursor<Integer>(() -> {
            throw new IOException("relation does not exist");
        }, 4, "test-read-ahead")) {
            assertThatThrownBy(cursor::hasNext).isInstanceOf(UncheckedIOException.class).hasMessageContaining("relation does not exist");
        }
    }

    @Test
    void closingWhileTheSourceIsStillOpeningClosesItOnceOpened() throws Exception {
        java.util.concurrent.CountDownLatch closedByConsumer = new java.util.concurrent.CountDownLatch(1);
        Numbers source = new Numbers(10, -1);
        ReadAheadCursor<Integer> cursor = new ReadAheadCursor<Integer>(() -> {
            try {
                closedByConsumer.await(); // still opening when the consumer closes
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return source;
        }, 4, "test-read-ahead");
        Thread closer = new Thread(() -> {
            try {
                cursor.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        closer.start();
        closer.join(200); // close() waits for the reader, which is still opening
        closedByConsumer.countDown();
        closer.join(10_000);
        assertThat(closer.isAlive()).isFalse();
        assertThat(source.closed).isTrue();
        assertThat(source.read.get()).isZero();
    }
}
