package org.unesco.oer.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Answer texts that compress like real prose: sentences drawn at random from the questionnaire's
 * own texts in its six languages (about 520 distinct sentences, 58 KB), not substrings of one
 * phrase, which deflate would shrink to almost nothing and so flatter the zip step of an export.
 * {@link #deflateRatio} says how well a sample compresses (real prose: about 0.3 to 0.4).
 */
final class BenchProse {

    private static final List<String> SENTENCES = load(Path.of("questionnaire"));

    private BenchProse() {
    }

    /** Text of exactly {@code length} characters (trimmed), whole sentences but the last. */
    static String text(Random random, int length) {
        StringBuilder text = new StringBuilder(length + 200);
        while (text.length() < length) {
            text.append(SENTENCES.get(random.nextInt(SENTENCES.size()))).append(' ');
        }
        return text.substring(0, length).trim();
    }

    /** Deflated size over raw size (UTF-8, level 4 as the workbooks) of ~64 KB of generated text. */
    static double deflateRatio() {
        Random random = new Random(7);
        StringBuilder sample = new StringBuilder();
        while (sample.length() < 64_000) {
            sample.append(text(random, 500 + random.nextInt(1501))).append('\n');
        }
        byte[] raw = sample.toString().getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(out, new Deflater(4))) {
            deflate.write(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (double) out.size() / raw.length;
    }

    static int sentences() {
        return SENTENCES.size();
    }

    private static List<String> load(Path dir) {
        ObjectMapper json = new ObjectMapper();
        Set<String> sentences = new LinkedHashSet<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json") && !f.toString().endsWith(".schema.json")).sorted().toList()) {
                collect(json.readTree(file.toFile()), sentences);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The benchmarks read their prose from " + dir.toAbsolutePath(), e);
        }
        return new ArrayList<>(sentences);
    }

    private static void collect(JsonNode node, Set<String> sentences) {
        if (node.isTextual() && node.asText().length() > 40) {
            for (String s : node.asText().split("(?<=[.!?。؟])\\s*")) {
                if (s.strip().length() > 30) {
                    sentences.add(s.strip());
                }
            }
        }
        node.forEach(child -> collect(child, sentences));
    }
}
