package org.unesco.oer.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/** A request written byte for byte, for what an HTTP client library refuses to send. */
public final class RawHttp {

    private RawHttp() {
    }

    /** Sends {@code head} as it is to the service at {@code base} and returns the whole answer. */
    public static String send(URL base, String head) {
        return send(base, head, null);
    }

    /**
     * Sends {@code head} (which must say {@code Transfer-Encoding: chunked} and {@code Connection: close})
     * and then {@code body} in chunks of 64 KB, so that the service cannot know its size beforehand.
     */
    public static String sendChunked(URL base, String head, byte[] body) {
        return send(base, head, body);
    }

    private static String send(URL base, String head, byte[] chunked) {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            if (chunked != null) {
                for (int from = 0; from < chunked.length; from += 65536) {
                    int n = Math.min(65536, chunked.length - from);
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    out.write(chunked, from, n);
                    out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            }
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
