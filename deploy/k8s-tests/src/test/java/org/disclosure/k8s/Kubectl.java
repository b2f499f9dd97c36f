package org.disclosure.k8s;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The real kustomize: {@code kubectl kustomize} (kustomize v5 built into kubectl). The binary comes from
 * deploy/k8s-tests/kubectl.sh, which finds one on the PATH or provisions it (README "Validation").
 */
final class Kubectl {
    private static final Map<Path, List<ObjectNode>> RENDERED = new ConcurrentHashMap<>();
    private static volatile String binary;

    private Kubectl() {
    }

    static String binary() {
        if (binary == null) {
            synchronized (Kubectl.class) {
                if (binary == null) {
                    Path script = Project.ROOT.resolve("deploy/k8s-tests/kubectl.sh");
                    Result r = run(List.of("bash", script.toString()), 600);
                    if (r.exit() != 0 || r.out().isBlank()) {
                        throw new IllegalStateException("no kubectl with kustomize v5+ and none could be provisioned ("
                                + script + " exited " + r.exit() + "): " + r.err().strip());
                    }
                    binary = r.out().strip();
                }
            }
        }
        return binary;
    }

    /** The objects {@code kubectl kustomize DIR} renders; each call gets its own copies (tests mutate them). */
    static List<ObjectNode> kustomize(Path dir) {
        List<ObjectNode> rendered = RENDERED.computeIfAbsent(dir.toAbsolutePath().normalize(), d -> {
            Result r = run(List.of(binary(), "kustomize", d.toString()), 120);
            if (r.exit() != 0) {
                throw new IllegalArgumentException("kubectl kustomize " + d + " failed: " + r.err().strip());
            }
            return Yaml.readAll(r.out(), "kubectl kustomize " + d);
        });
        return rendered.stream().map(ObjectNode::deepCopy).toList();
    }

    record Result(int exit, String out, String err) {
    }

    static Result run(List<String> command, int timeoutSeconds) {
        try {
            Process p = new ProcessBuilder(command).start();
            var err = p.getErrorStream();
            var errText = new StringBuilder();
            Thread t = Thread.ofVirtual().start(() -> {
                try {
                    errText.append(new String(err.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException ignored) {
                    // the process ended
                }
            });
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(command + " did not finish in " + timeoutSeconds + " s");
            }
            t.join();
            return new Result(p.exitValue(), out, errText.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
