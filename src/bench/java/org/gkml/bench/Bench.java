package org.gkml.bench;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The large-input benchmark (run by src/bench/measure-large.sh, never by {@code mvn verify}). Generates the inputs
 * once into a cache directory, then runs each job several times in a fresh JVM and prints the median wall time,
 * rows/s, live heap, peak RSS and the ratio to the floor measured in the same run on the same file.
 *
 * <p>Arguments: {@code --rows N} (default 1,000,000), {@code --xls-rows N} (100,000), {@code --runs N} (3),
 * {@code --dir DIR} (target/bench), {@code --only NAME} (run only the scenarios whose name contains NAME),
 * {@code --skip NAME[,NAME…]} (leave out the jobs whose name contains one of them, e.g. {@code build,export}).
 */
public final class Bench {

  private record Job(String scenario, String name, String heap, List<String> args, String floorOf, long rows) {}

  private record Result(Job job, double wallSeconds, Map<String, String> stats) {}

  public static void main(String[] args) throws Exception {
    // POI logs through log4j-api; without a backend it complains once per JVM (as GkmlCommand.quietLibraries says).
    System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    int rows = 1_000_000;
    int xlsRows = 100_000;
    int runs = 3;
    Path dir = Path.of("target/bench");
    String only = "";
    String skip = "";
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--rows" -> rows = Integer.parseInt(args[++i].replace("_", ""));
        case "--xls-rows" -> xlsRows = Integer.parseInt(args[++i].replace("_", ""));
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--dir" -> dir = Path.of(args[++i]);
        case "--only" -> only = args[++i];
        case "--skip" -> skip = args[++i];
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    Files.createDirectories(dir);
    String tag = rows % 1_000_000 == 0 ? rows / 1_000_000 + "m" : rows % 1000 == 0 ? rows / 1000 + "k" : "" + rows;
    String xlsTag = xlsRows % 1000 == 0 ? xlsRows / 1000 + "k" : "" + xlsRows;
    Path catalogXlsx = dir.resolve("catalog-" + tag + ".xlsx");
    Path catalogCsv = dir.resolve("catalog-" + tag + ".csv");
    Path powerXlsx = dir.resolve("power-" + tag + ".xlsx");
    Path powerCsv = dir.resolve("power-" + tag + ".csv");
    Path catalogXls = dir.resolve("catalog-" + xlsTag + ".xls");
    final int n = rows;
    generate(catalogXlsx, () -> Inputs.xlsx(catalogXlsx, "目录", Inputs.CATALOG_HEADER, Inputs::catalogRow, n));
    generate(catalogCsv, () -> Inputs.csv(catalogCsv, Inputs.CATALOG_HEADER, Inputs::catalogRow, n));
    generate(powerXlsx, () -> Inputs.xlsx(powerXlsx, "权责清单", Inputs.POWER_HEADER, Inputs::powerRow, n));
    generate(powerCsv, () -> Inputs.csv(powerCsv, Inputs.POWER_HEADER, Inputs::powerRow, n));
    final int nx = xlsRows;
    generate(catalogXls, () -> Inputs.xls(catalogXls, Inputs.CATALOG_HEADER, Inputs::catalogRow, nx, 50_000));

    boolean export = "yes".equals(hasCommand("export"));
    List<Job> jobs = new ArrayList<>();
    Path out = dir.resolve("out");
    String json = out.resolve("report.json").toString();
    addReading(jobs, "catalog.xlsx", catalogXlsx, "floor-xlsx", rows, json);
    addReading(jobs, "catalog.csv", catalogCsv, "floor-csv", rows, json);
    addReading(jobs, "power.xlsx", powerXlsx, "floor-xlsx", rows, json);
    addReading(jobs, "power.csv", powerCsv, "floor-csv", rows, json);
    jobs.add(new Job("catalog.xls", "gkml validate", "-Xmx512m",
        List.of("gkml", "validate", "--quiet", "--format", "json", "-o", json, catalogXls.toString()), null, xlsRows));
    jobs.add(new Job("power.xlsx", "gkml build", "-Xmx2g",
        List.of("gkml", "build", "--power", powerXlsx.toString(), "--format", "json", "-o",
            out.resolve("build").toString()), "floor-xlsx", rows));
    if (export) {
      jobs.add(new Job("catalog.xlsx", "gkml export --format xlsx", "-Xmx512m",
          // The generated catalog's sheet and file names name no pilot field, so export is told one; --force since
          // every run writes to the same directory.
          List.of("gkml", "export", catalogXlsx.toString(), "--format", "xlsx", "--field", "义务教育", "--force", "-q",
              "-o", out.resolve("export").toString()),
          "floor-xlsx", rows));
    }
    Files.createDirectories(out);

    System.out.printf(Locale.ROOT, "gkml large-input benchmark: %,d rows per file, %,d-row .xls, median of %d runs%n",
        rows, xlsRows, runs);
    System.out.println("java " + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors()
        + " cores; inputs in " + dir.toAbsolutePath());
    System.out.println("every job: -XX:+UseSerialGC " + String.join(" ", launcherFlags()));
    for (Path p : List.of(catalogXlsx, catalogCsv, powerXlsx, powerCsv, catalogXls)) {
      System.out.printf(Locale.ROOT, "  %-22s %8.1f MB%n", p.getFileName(), Files.size(p) / 1e6);
    }
    if (!export) {
      System.out.println("gkml export: no such subcommand in this build; export not measured");
    }
    System.out.println();
    System.out.printf(Locale.ROOT, "%-13s %-26s %-9s %8s %8s %10s %9s %9s %8s %8s  %s%n", "input", "job", "heap",
        "wall s", "cpu s", "rows/s", "live MiB", "RSS MiB", "x floor", "x cpu", "exit");
    Map<String, Double> floors = new HashMap<>();
    Map<String, Double> cpuFloors = new HashMap<>();
    for (Job job : jobs) {
      if (!only.isEmpty() && !job.scenario().contains(only) && !job.name().contains(only)
          || skipped(job.name(), skip)) {
        continue;
      }
      Result r = median(job, runs, out);
      double cpu = r.stats().containsKey("cpuNanos") ? Long.parseLong(r.stats().get("cpuNanos")) / 1e9 : Double.NaN;
      if (job.name().startsWith("floor")) {
        floors.put(job.scenario(), r.wallSeconds());
        cpuFloors.put(job.scenario(), cpu);
      }
      Double floor = job.floorOf() == null ? null : floors.get(job.scenario());
      Double cpuFloor = job.floorOf() == null ? null : cpuFloors.get(job.scenario());
      String ratio = floor == null ? "-" : String.format(Locale.ROOT, "%.2f", r.wallSeconds() / floor);
      String cpuRatio = cpuFloor == null ? "-" : String.format(Locale.ROOT, "%.2f", cpu / cpuFloor);
      System.out.printf(Locale.ROOT, "%-13s %-26s %-9s %8.2f %8.2f %10s %9s %9s %8s %8s  %s%n", job.scenario(),
          job.name(), job.heap(), r.wallSeconds(), cpu, String.format(Locale.ROOT, "%,.0f", job.rows() / r.wallSeconds()),
          mib(r.stats().get("liveHeapPeak")), mib(r.stats().get("rssPeak")), ratio, cpuRatio, r.stats().get("exit")
              + (r.stats().containsKey("parser") ? "  " + shortName(r.stats().get("parser")) : ""));
    }
    System.out.println();
    System.out.println("live MiB = largest heap in use after a garbage collection; RSS = peak resident set (VmHWM);");
    System.out.println("x floor = wall time / the floor's wall time on the same file in this run; x cpu = the same for");
    System.out.println("the process's CPU time (user+sys, all threads). Exit 1 = findings found (expected: the inputs carry");
    System.out.println("deliberate defects).");
  }

  /** {@code --skip build,export}: leave out the jobs whose name contains any of the comma-separated words. */
  private static boolean skipped(String jobName, String skip) {
    for (String word : skip.split(",")) {
      if (!word.isBlank() && jobName.contains(word.strip())) {
        return true;
      }
    }
    return false;
  }

  private static void addReading(List<Job> jobs, String scenario, Path file, String floor, long rows, String json) {
    jobs.add(new Job(scenario, floor, "-Xmx256m", List.of(floor, file.toString()), null, rows));
    jobs.add(new Job(scenario, "gkml validate", "-Xmx256m",
        List.of("gkml", "validate", "--quiet", "--format", "json", "-o", json, file.toString()), floor, rows));
  }

  private static Result median(Job job, int runs, Path out) throws Exception {
    List<Result> all = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      all.add(run(job, out));
    }
    all.sort((a, b) -> Double.compare(a.wallSeconds(), b.wallSeconds()));
    return all.get(all.size() / 2);
  }

  private static Result run(Job job, Path out) throws Exception {
    Path stats = out.resolve("stats.txt");
    Files.deleteIfExists(stats);
    List<String> cmd = new ArrayList<>(List.of(java(), job.heap(), "-XX:+UseSerialGC"));
    cmd.addAll(launcherFlags());
    cmd.addAll(List.of("-Dbench.stats=" + stats, "-Dbench.stdout=" + out.resolve("stdout.txt"), "-cp",
        System.getProperty("java.class.path"), Probe.class.getName()));
    cmd.addAll(job.args());
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.resolve("child.log").toFile())
        .start();
    int code = p.waitFor();
    double wall = (System.nanoTime() - t0) / 1e9;
    Map<String, String> m = new HashMap<>();
    if (Files.exists(stats)) {
      for (String kv : Files.readString(stats, StandardCharsets.UTF_8).trim().split(" ")) {
        int eq = kv.indexOf('=');
        if (eq > 0) {
          m.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
      }
    } else {
      m.put("exit", code + " (crashed, see " + out.resolve("child.log") + ")");
      String log = Files.readString(out.resolve("child.log"), StandardCharsets.UTF_8);
      if (log.contains("OutOfMemoryError")) {
        m.put("exit", code + " OutOfMemoryError");
      }
    }
    return new Result(job, wall, m);
  }

  /**
   * The flags the launcher (target/gkml, from src/main/sh/gkml) gives java for a big input: asked of the launcher
   * itself, through a stand-in java that prints its arguments, so the benchmark measures what users run. Every job
   * gets them, floors included, so that both sides start the same JVM. The launcher's -XX:+UseSerialGC for small
   * inputs is never among them: every job here sets it.
   */
  static List<String> launcherFlags() throws IOException, InterruptedException {
    if (launcherFlags != null) {
      return launcherFlags;
    }
    Path launcher = null;
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.endsWith("gkml.jar")) {
        launcher = Path.of(entry).resolveSibling("gkml");
      }
    }
    List<String> flags = new ArrayList<>();
    if (launcher != null && Files.isExecutable(launcher)) {
      Path fakeJava = Files.createTempFile("gkml-bench-java", ".sh");
      Path big = Files.createTempFile("gkml-bench-big", ".csv");
      try {
        Files.writeString(fakeJava, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
        fakeJava.toFile().setExecutable(true);
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
          f.setLength(64L << 20); // sparse: the launcher looks at the size only
        }
        ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "validate", big.toString());
        pb.environment().put("GKML_JAVA", fakeJava.toString());
        pb.environment().remove("JAVA_OPTS");
        Process p = pb.redirectErrorStream(true).start();
        for (String arg : new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          if (arg.equals("-jar")) {
            break;
          }
          flags.add(arg);
        }
        p.waitFor();
      } finally {
        Files.deleteIfExists(fakeJava);
        Files.deleteIfExists(big);
      }
    }
    launcherFlags = List.copyOf(flags);
    return launcherFlags;
  }

  private static List<String> launcherFlags;

  private static String hasCommand(String name) throws Exception {
    Process p = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"), Probe.class.getName(),
        "has-command", name).redirectErrorStream(true).start();
    String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    p.waitFor();
    return s;
  }

  private interface Step {
    void run() throws Exception;
  }

  private static void generate(Path file, Step step) throws Exception {
    if (Files.exists(file)) {
      return;
    }
    long t0 = System.nanoTime();
    System.out.print("generating " + file + " … ");
    System.out.flush();
    step.run();
    System.out.printf(Locale.ROOT, "%.1f s%n", (System.nanoTime() - t0) / 1e9);
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static String mib(String bytes) {
    if (bytes == null || bytes.startsWith("-")) {
      return "-";
    }
    return String.format(Locale.ROOT, "%.0f", Long.parseLong(bytes) / 1048576.0);
  }

  private static String shortName(String cls) {
    return cls.contains("aalto") ? "(Aalto StAX)" : cls.contains("sjsxp") || cls.contains("com.sun") ? "(JDK StAX)" : cls;
  }

  static String classPath(File... parts) {
    StringBuilder sb = new StringBuilder();
    for (File f : parts) {
      sb.append(sb.length() == 0 ? "" : File.pathSeparator).append(f);
    }
    return sb.toString();
  }
}
