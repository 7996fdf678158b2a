package org.voxpop.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** What a result was measured on: machine, JDK, commit and settings. */
final class Environment {
  private Environment() {}

  static ObjectNode describe(ObjectMapper json, BenchHarness.Options options) {
    ObjectNode env = json.createObjectNode();
    env.put(
        "os",
        System.getProperty("os.name")
            + " "
            + System.getProperty("os.version")
            + " "
            + System.getProperty("os.arch"));
    env.put("cores", Runtime.getRuntime().availableProcessors());
    env.put("max_heap_bytes", Runtime.getRuntime().maxMemory());
    env.put("jdk", System.getProperty("java.vm.vendor") + " " + Runtime.version());
    env.put("lucene", org.apache.lucene.util.Version.LATEST.toString());
    env.put("commit", commit());
    env.put("mode", options.quick() ? "quick" : "full");
    env.put("reuters", options.reuters().map(Path::toString).orElse(""));
    env.put("date", java.time.Instant.now().toString());
    return env;
  }

  /** The git commit of the working folder, read from .git without running git. */
  static String commit() {
    try {
      Path head = Path.of(".git", "HEAD");
      String ref = Files.readString(head, StandardCharsets.UTF_8).strip();
      if (ref.startsWith("ref: ")) {
        Path refFile = Path.of(".git").resolve(ref.substring(5));
        if (Files.exists(refFile)) {
          return Files.readString(refFile, StandardCharsets.UTF_8).strip();
        }
        Path packed = Path.of(".git", "packed-refs");
        if (Files.exists(packed)) {
          for (String line : Files.readAllLines(packed, StandardCharsets.UTF_8)) {
            if (line.endsWith(" " + ref.substring(5))) {
              return line.substring(0, line.indexOf(' '));
            }
          }
        }
        return "unknown";
      }
      return ref;
    } catch (IOException e) {
      return "unknown";
    }
  }

  static long size(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return 0;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  static long usedHeap() {
    System.gc();
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }
}
