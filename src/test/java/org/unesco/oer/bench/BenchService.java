package org.unesco.oer.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged service as a benchmark runs it: its own durable PostgreSQL started here (so that
 * only the service counts against the memory limit, as in a container with an external database),
 * the service in a memory-limited cgroup when the machine allows it (cgroup v1 memory controller),
 * the heap and native arenas sized as in the Kubernetes manifests ({@link #MEMORY_OPTIONS}, {@code MALLOC_ARENA_MAX=2}),
 * and its CPU time, resident and peak memory read from /proc and the cgroup.
 */
final class BenchService implements AutoCloseable {

    private static final Path APP = Path.of("target/quarkus-app").toAbsolutePath();
    private static final Path CGROUPS = Path.of("/sys/fs/cgroup/memory");
    /** The JVM memory options of deploy/kubernetes/deployment.yaml (JAVA_TOOL_OPTIONS). */
    static final List<String> MEMORY_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:InitialRAMPercentage=30", "-XX:MaxRAMPercentage=30",
            "-XX:TrimNativeHeapInterval=5000", "-Dio.netty.allocator.numDirectArenas=2");

    private final EmbeddedPostgres postgres;
    private final ProcessBuilder launch;
    private Process process;
    private final Path cgroup;
    final int dbPort;

    private BenchService(EmbeddedPostgres postgres, ProcessBuilder launch, Process process, Path cgroup) {
        this.postgres = postgres;
        this.launch = launch;
        this.process = process;
        this.cgroup = cgroup;
        this.dbPort = postgres.getPort();
    }

    /**
     * Stops the service and launches it again on the same, running database (as a restarted pod);
     * returns the launch instant in nanoseconds (System.nanoTime) for timing readiness from.
     */
    long restart() throws Exception {
        process.destroy();
        process.waitFor();
        long launched = System.nanoTime();
        process = launch.start();
        return launched;
    }

    /** As {@link #restart()}, with each launch argument mapped first (a training run's options to a production run's). */
    long restart(java.util.function.UnaryOperator<String> argument) throws Exception {
        launch.command().replaceAll(argument);
        return restart();
    }

    /** Starts PostgreSQL and the service; memoryLimitMb 0 runs it without a limit. */
    static BenchService start(int port, int dbPort, String publicKey, int memoryLimitMb, String extraJvmArgs, String log) throws Exception {
        Path dataDir = Files.createTempDirectory("oer-bench-pg");
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(true).setPort(dbPort)
                .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on").setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "300").setPGStartupWait(Duration.ofSeconds(60)).start();
        List<String> java = new ArrayList<>(List.of(AutosaveBenchmark.javaBin()));
        java.addAll(MEMORY_OPTIONS);
        if (!extraJvmArgs.isBlank()) {
            java.addAll(List.of(extraJvmArgs.trim().split("\\s+")));
        }
        java.addAll(List.of("-Dquarkus.http.port=" + port, "-Dquarkus.management.port=" + AutosaveBenchmark.managementPort(port),
                "-Dquarkus.oidc.public-key=" + publicKey, "-D%prod.quarkus.oidc.auth-server-url=", "-Dquarkus.log.level=WARN",
                "-jar", "quarkus-run.jar"));
        if (Files.exists(APP.resolve("app-cds.jsa"))) {
            // the class archive the build made (quarkus.package.jar.appcds): only valid from the app's directory
            java.add(java.size() - 2, "-XX:SharedArchiveFile=app-cds.jsa");
        }
        Path cgroup = memoryLimitMb > 0 ? cgroup(memoryLimitMb) : null;
        List<String> command = new ArrayList<>();
        if (cgroup != null) {
            // the shell joins the cgroup, then becomes the JVM: nothing runs outside the limit
            command.addAll(List.of("bash", "-c", "echo $$ > " + cgroup.resolve("cgroup.procs") + " && exec \"$@\"", "bash"));
        }
        command.addAll(java);
        ProcessBuilder pb = new ProcessBuilder(command).directory(APP.toFile()).redirectErrorStream(true)
                .redirectOutput(new File(log).getAbsoluteFile());
        pb.environment().put("DB_URL", "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres");
        pb.environment().put("DB_USER", "postgres");
        pb.environment().put("DB_PASSWORD", "postgres");
        pb.environment().put("KEYCLOAK_PROVISIONING_CLIENT_SECRET", "unused-by-the-benchmark");
        pb.environment().put("OIDC_WEB_STATE_SECRET", "benchmark-only-state-secret-0123456789");
        pb.environment().put("MALLOC_ARENA_MAX", "2");
        Process process = pb.start();
        System.out.printf("Service: %s%n", memoryLimitMb <= 0 ? "no memory limit" : cgroup == null ? "no memory limit (no writable cgroup v1 memory controller here)"
                : "memory limit " + memoryLimitMb + " MiB (cgroup " + cgroup + "), " + String.join(" ", MEMORY_OPTIONS) + ", MALLOC_ARENA_MAX=2");
        return new BenchService(postgres, pb, process, cgroup);
    }

    private static Path cgroup(int limitMb) {
        try {
            if (!Files.isWritable(CGROUPS)) {
                return null;
            }
            Path dir = CGROUPS.resolve("oer-bench-" + ProcessHandle.current().pid());
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("memory.limit_in_bytes"), String.valueOf(limitMb * 1024L * 1024L));
            return dir;
        } catch (IOException e) {
            return null;
        }
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    /** CPU seconds the service used so far (user + system). */
    double cpuSeconds() {
        try {
            return cpuSeconds(Path.of("/proc/" + process.pid() + "/stat"));
        } catch (Exception e) {
            return Double.NaN;
        }
    }

    /** User + system CPU seconds of a /proc stat file (a process's or one of its threads'). */
    private static double cpuSeconds(Path stat) throws IOException {
        String[] fields = Files.readString(stat).replaceAll("^.*\\) ", "").split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    }

    /** CPU seconds per thread name as the kernel keeps it (15 characters, digits folded to N), from /proc/<pid>/task. */
    java.util.Map<String, Double> threadCpu() {
        java.util.Map<String, Double> cpu = new java.util.TreeMap<>();
        try (var tasks = Files.list(Path.of("/proc/" + process.pid() + "/task"))) {
            tasks.forEach(task -> {
                try {
                    String name = Files.readString(task.resolve("comm")).trim().replaceAll("\\d+", "N");
                    cpu.merge(name, cpuSeconds(task.resolve("stat")), Double::sum);
                } catch (Exception gone) {
                    // the thread ended
                }
            });
        } catch (IOException e) {
            // not on Linux
        }
        return cpu;
    }

    long rssMb() {
        return status("VmRSS:");
    }

    /** The resident memory the kernel cannot drop under pressure (heap, metaspace, code, stacks, buffers). */
    long rssAnonMb() {
        return status("RssAnon:");
    }

    /** The resident pages of mapped files (jars, the JDK's modules, an AOT cache): clean, dropped under pressure. */
    long rssFileMb() {
        return status("RssFile:");
    }

    /** The highest memory use: the cgroup's (page cache of exports included) when limited, else the process's peak RSS. */
    long peakMb() {
        if (cgroup != null) {
            try {
                return Long.parseLong(Files.readString(cgroup.resolve("memory.max_usage_in_bytes")).trim()) / 1024 / 1024;
            } catch (Exception e) {
                // fall through
            }
        }
        return status("VmHWM:");
    }

    /** How often the kernel's OOM killer acted in the cgroup (0 without a limit). */
    long oomKills() {
        if (cgroup == null) {
            return 0;
        }
        try {
            for (String line : Files.readAllLines(cgroup.resolve("memory.oom_control"))) {
                if (line.startsWith("oom_kill ")) {
                    return Long.parseLong(line.substring(9).trim());
                }
            }
        } catch (Exception e) {
            // older kernels do not count
        }
        return 0;
    }

    private long status(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (Exception e) {
            // not on Linux
        }
        return -1;
    }

    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    /** One line per target: figure, target, PASS/FAIL, load average. */
    static void target(String what, double figure, String unit, String comparison, double target) {
        boolean pass = comparison.equals(">=") ? figure >= target : figure <= target;
        System.out.printf("TARGET %-52s %10.1f %-6s (target %s %.0f) %s  [load %s]%n", what, figure, unit, comparison, target,
                pass ? "PASS" : "FAIL", load());
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        process.waitFor();
        postgres.close();
        if (cgroup != null) {
            Files.deleteIfExists(cgroup);
        }
    }
}
