package org.example.observable.deployment;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The repository's deployment files (docker-compose.yml, deploy/) as plain maps and lists, read with SnakeYAML (merge
 * keys resolved as Compose resolves them), and the few walks the deployment tests share. Paths are relative to the
 * project directory, where Maven runs the tests.
 */
final class DeploymentFiles {

    static final Path ROOT = Path.of("").toAbsolutePath();

    private DeploymentFiles() {
    }

    static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's only YAML document, as a map. */
    static Map<String, Object> yaml(String relative) {
        return yaml(path(relative));
    }

    static Map<String, Object> yaml(Path file) {
        return map(yaml().load(text(file)), file.toString());
    }

    /** Every document of a multi-document YAML file (Kubernetes manifests), empty documents left out. */
    static List<Map<String, Object>> documents(Path file) {
        return documents(text(file), file.toString());
    }

    static List<Map<String, Object>> documents(String yaml, String what) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : yaml().loadAll(yaml)) {
            if (document != null) {
                documents.add(map(document, what));
            }
        }
        return documents;
    }

    static Map<String, Object> yamlText(String yaml) {
        return map(yaml().load(yaml), "inline YAML");
    }

    private static Yaml yaml() {
        return new Yaml(new SafeConstructor(new LoaderOptions()));
    }

    /**
     * Two collector configurations as the collector merges its --config files: maps deeply, any other value (lists
     * included) replaced by the later file's.
     */
    static Map<String, Object> merged(Map<String, Object> base, Map<String, Object> overlay) {
        Map<String, Object> result = new LinkedHashMap<>(base);
        overlay.forEach((key, value) -> result.merge(key, value, (earlier, later) ->
                earlier instanceof Map<?, ?> && later instanceof Map<?, ?>
                        ? merged(map(earlier, key), map(later, key))
                        : later));
        return result;
    }

    /** The map at that path of keys, empty when any step is missing. */
    static Map<String, Object> at(Map<String, Object> root, String... keys) {
        Object current = root;
        for (String key : keys) {
            if (!(current instanceof Map<?, ?> map) || !map.containsKey(key)) {
                return Map.of();
            }
            current = map.get(key);
        }
        return current == null ? Map.of() : map(current, String.join(".", keys));
    }

    /** The list under that key, empty when absent. */
    @SuppressWarnings("unchecked")
    static <T> List<T> list(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? List.of() : (List<T>) value;
    }

    static String string(Map<String, Object> map, String key) {
        return Objects.toString(map.get(key), null);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value, String what) {
        if (!(value instanceof Map<?, ?>)) {
            throw new AssertionError(what + " is not a YAML/JSON object: " + value);
        }
        return (Map<String, Object>) value;
    }

    /** An installed command-line tool (docker-compose, kubectl), if it is on the PATH. */
    static Optional<File> executable(String name) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> new File(dir, name)).filter(File::canExecute).findFirst();
    }

    /** Runs a tool in the project directory (bounded: a minute); returns its exit code and output. */
    static ToolRun run(List<String> command, Map<String, String> environment) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not finish within a minute");
            }
            return new ToolRun(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(command + " interrupted", e);
        }
    }

    record ToolRun(int exitCode, String output) {
    }

    /** Whether the image reference names a version: a tag other than latest, or a digest. */
    static boolean isPinned(String image) {
        if (image == null || image.isBlank()) {
            return false;
        }
        if (image.contains("@sha256:")) {
            return true;
        }
        String lastPart = image.substring(image.lastIndexOf('/') + 1);
        int colon = lastPart.indexOf(':');
        return colon > 0 && colon < lastPart.length() - 1 && !lastPart.substring(colon + 1).equals("latest");
    }
}
