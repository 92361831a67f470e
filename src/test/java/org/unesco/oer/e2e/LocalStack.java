package org.unesco.oer.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Drives the deploy/local scripts from end-to-end tests, with their own ports and run directory. */
final class LocalStack {

    static final Path ROOT = Path.of(System.getProperty("oer.root", ".")).toAbsolutePath().normalize();
    static final int KEYCLOAK_PORT = 8180;
    static final int SERVICE_PORT = Integer.getInteger("oer.e2e.port", 8088);
    /** The service's management interface (health, metrics) in the end-to-end stack. */
    static final int MANAGEMENT_PORT = SERVICE_PORT + 1000;
    static final Path RUN_DIR = ROOT.resolve("target/e2e");

    private LocalStack() {
    }

    static void run(String script, Map<String, String> env) {
        try {
            Files.createDirectories(RUN_DIR);
            ProcessBuilder pb = new ProcessBuilder("bash", ROOT.resolve("deploy/local/" + script).toString())
                    .directory(ROOT.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(RUN_DIR.resolve("scripts.log").toFile()));
            pb.environment().put("OER_RUN_DIR", RUN_DIR.toString());
            pb.environment().put("KEYCLOAK_PORT", String.valueOf(KEYCLOAK_PORT));
            pb.environment().put("SERVICE_PORT", String.valueOf(SERVICE_PORT));
            pb.environment().put("MANAGEMENT_PORT", String.valueOf(MANAGEMENT_PORT));
            pb.environment().putAll(env);
            Process p = pb.start();
            if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IllegalStateException(script + " failed; see " + RUN_DIR.resolve("scripts.log") + ":\n"
                        + Files.readString(RUN_DIR.resolve("scripts.log")));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String serviceUrl() {
        return "http://localhost:" + SERVICE_PORT;
    }

    static String keycloakUrl() {
        return "http://localhost:" + KEYCLOAK_PORT;
    }
}
