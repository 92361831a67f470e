package org.unesco.oer.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A cursor read on a thread of its own, up to {@code capacity} rows ahead of its consumer: the
 * round trips to PostgreSQL, decoding and JSON parsing run beside the writing of the workbook
 * instead of stopping it. Rows keep their order; a failure of the reading thread is thrown to the
 * consumer at the row where it happened; closing stops the reader before the cursor is closed (a
 * JDBC cursor is used by one thread at a time). Given an {@link Opener}, the reading thread also
 * opens the source (runs the query), so a cursor opened early is ready when its consumer reaches it.
 */
final class ReadAheadCursor<T> implements SynthesisSource.Cursor<T> {

    private static final Object END = new Object();

    private record Failure(Throwable error) {
    }

    /** Opens the source on the reading thread: a query that takes a while runs beside the consumer's other work. */
    @FunctionalInterface
    interface Opener<T> {
        SynthesisSource.Cursor<T> open() throws IOException;
    }

    private final Opener<T> opener;
    private SynthesisSource.Cursor<T> source; // guarded by this: set by the reader, closed by whoever comes last
    private boolean released; // guarded by this: close() has given up waiting for the reader
    private final BlockingQueue<Object> queue;
    private final Thread reader;
    private volatile boolean closed;
    private Object head;

    ReadAheadCursor(SynthesisSource.Cursor<T> source, int capacity, String name) {
        this(() -> source, capacity, name);
    }

    ReadAheadCursor(Opener<T> opener, int capacity, String name) {
        this.opener = opener;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.reader = new Thread(this::read, name);
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try {
            try {
                SynthesisSource.Cursor<T> opened = opener.open();
                synchronized (this) {
                    if (released) { // the consumer is gone: the reader closes what it opened
                        opened.close();
                        return;
                    }
                    source = opened;
                }
                while (!closed && opened.hasNext()) {
                    put(opened.next());
                }
                put(END);
            } catch (IOException e) {
                put(new Failure(new UncheckedIOException(e)));
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
        SynthesisSource.Cursor<T> opened;
        synchronized (this) {
            released = true;
            opened = source;
        }
        if (opened != null) {
            opened.close();
        }
    }
}
