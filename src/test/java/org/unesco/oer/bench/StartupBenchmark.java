package org.unesco.oer.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Arrays;
import java.util.Base64;

/**
 * Start-up: from {@code java -jar} to ready (the management port's /q/health/ready answers 200)
 * with PostgreSQL already up and migrated, as a restarted container. The service runs as in the
 * read benchmark (512 MiB limit, heap from the limit); the first start migrates and is not counted.
 * Prints each run, the median and the worst, and a TARGET line (≤ 3 s) with the load average.
 * <p>With {@code -Daot=true} the timed runs start with the JDK's ahead-of-time cache, made first by
 * a training run ({@link AotCache}).
 * <pre>deploy/local/bench-startup.sh [runs]
 * deploy/local/bench-startup.sh --aot [runs]</pre>
 */
public final class StartupBenchmark {

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("runs", 7);
        int port = Integer.getInteger("port", 8089);
        int dbPort = Integer.getInteger("dbPort", 55434);
        int memoryMb = Integer.getInteger("memoryMb", 512);
        KeyPair keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        String publicKey = Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
        HttpClient http = AutosaveBenchmark.client();
        String jvmArgs = System.getProperty("serviceJvmArgs", "");
        jvmArgs += AotCache.option(http, port, dbPort, keys, publicKey, jvmArgs);
        try (BenchService service = BenchService.start(port, dbPort, publicKey, memoryMb, jvmArgs, "target/bench-service.log")) {
            long first = System.nanoTime();
            ready(http, port);
            System.out.printf("first start (migrates an empty database): %.2f s%n", (System.nanoTime() - first) / 1e9);
            double[] seconds = new double[runs];
            for (int i = 0; i < runs; i++) {
                long launched = service.restart();
                ready(http, port);
                seconds[i] = (System.nanoTime() - launched) / 1e9;
                System.out.printf("run %d: java -jar → ready %.2f s, CPU %.2f s (%s)  [load %s]%n", i + 1, seconds[i], service.cpuSeconds(),
                        topThreads(service.threadCpu()), BenchService.load());
            }
            Arrays.sort(seconds);
            double median = seconds[runs / 2];
            System.out.printf("median %.2f s, worst %.2f s over %d runs%n", median, seconds[runs - 1], runs);
            BenchService.target("start-up, java -jar → ready, PostgreSQL up (median)", median, "s", "<=", 3);
        }
    }

    /**
     * The four threads (by name as the kernel keeps it: 15 characters, digits folded to N; the main
     * thread shows as "java") that used the most CPU, as "CN CompilerThre 3.10, java 1.58".
     */
    private static String topThreads(java.util.Map<String, Double> cpu) {
        return cpu.entrySet().stream().sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed()).limit(4)
                .map(e -> e.getKey() + " " + String.format("%.2f", e.getValue())).collect(java.util.stream.Collectors.joining(", "));
    }

    /** Polls readiness every 10 ms (the figure's resolution), for at most a minute. */
    private static void ready(HttpClient http, int port) throws Exception {
        URI uri = URI.create("http://localhost:" + AutosaveBenchmark.managementPort(port) + "/q/health/ready");
        long until = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < until) {
            try {
                if (http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("The service did not become ready; see target/bench-service.log");
    }
}
