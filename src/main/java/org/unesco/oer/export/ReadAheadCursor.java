package org.unesco.oer.export;

import java.io.IOException;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A cursor read on a thread of its own, up to {@code capacity} rows ahead of its consumer: the
 * round trips to PostgreSQL, decoding and JSON parsing run beside the writing of the workbook
 * instead of stopping it. Rows keep their order; a failure of the reading thread is thrown to the
 * consumer at the row where it happened; closing stops the reader before the cursor is closed (a
 * JDBC cursor is used by one thread at a time).
 */
final class ReadAheadCursor<T> implements SynthesisSource.Cursor<T> {

    private static final Object END = new Object();

    private record Failure(Throwable error) {
    }

    private final SynthesisSource.Cursor<T> source;
    private final BlockingQueue<Object> queue;
    private final Thread reader;
    private volatile boolean closed;
    private Object head;

    ReadAheadCursor(SynthesisSource.Cursor<T> source, int capacity, String name) {
        this.source = source;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.reader = new Thread(this::read, name);
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try {
            try {
                while (!closed && source.hasNext()) {
                    put(source.next());
                }
                put(END);
            } catch (RuntimeException | Error e) {
                put(new Failure(e)); // an Error too: else the consumer would wait for ever
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits for room, giving up once the consumer has closed the cursor. */
    private void put(Object item) throws InterruptedException {
        while (!closed && !queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
            // the writer is behind: wait
        }
    }

    @Override
    public boolean hasNext() {
        if (head == null) {
            try {
                head = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while reading the export's rows", e);
            }
        }
        if (head instanceof Failure failure) {
            if (failure.error() instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) failure.error();
        }
        return head != END;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T item = (T) head;
        head = null;
        return item;
    }

    @Override
    public void close() throws IOException {
        closed = true;
        queue.clear();
        try {
            reader.join(30_000); // it stops after the round trip under way; closing the cursor ends a stuck one
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        source.close();
    }
}
