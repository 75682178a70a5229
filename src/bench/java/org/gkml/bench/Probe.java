package org.gkml.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.gkml.cli.GkmlCommand;

/**
 * One measured job in its own JVM: a floor (the bare StAX parse of an .xlsx's shared strings and sheet, the bare
 * commons-csv parse of a CSV) or a gkml command. At exit it writes what it measured from inside to the file named
 * by {@code -Dbench.stats}: rows seen, the largest heap left after a garbage collection (the live heap the job
 * needed), the largest heap committed, and the peak RSS (VmHWM of /proc/self/status).
 */
public final class Probe {

  private static final AtomicLong LIVE_PEAK = new AtomicLong();

  public static void main(String[] args) throws Exception {
    watchGc();
    String job = args[0];
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    long rows;
    int exit = 0;
    String note = "";
    switch (job) {
      case "floor-xlsx" -> {
        long[] r = floorXlsx(Path.of(rest[0]));
        rows = r[0];
        note = "cells=" + r[1] + " chars=" + r[2] + " parser=" + XMLInputFactory.newFactory().getClass().getName();
      }
      case "floor-csv" -> {
        long[] r = floorCsv(Path.of(rest[0]));
        rows = r[0];
        note = "cells=" + r[1] + " chars=" + r[2];
      }
      case "has-command" -> {
        boolean has = new picocli.CommandLine(new GkmlCommand()).getSubcommands().containsKey(rest[0]);
        System.out.println(has ? "yes" : "no");
        return;
      }
      case "gkml" -> {
        PrintStream out = new PrintStream(Files.newOutputStream(Path.of(System.getProperty("bench.stdout"))), false,
            StandardCharsets.UTF_8);
        exit = GkmlCommand.run(rest, out, System.err);
        out.close();
        rows = -1;
      }
      default -> throw new IllegalArgumentException(job);
    }
    long committed = 0;
    for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getPeakUsage() != null) {
        committed += pool.getPeakUsage().getCommitted();
      }
    }
    // After-GC figures only: the heap in use at exit holds whatever garbage the last collection left, which with a
    // small -Xmx is nearly the whole heap and said nothing about what the job keeps. Without any GC, the heap in use.
    long live = LIVE_PEAK.get() > 0 ? LIVE_PEAK.get() : ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    String stats = "rows=" + rows + " exit=" + exit + " liveHeapPeak=" + live + " heapCommittedPeak=" + committed
        + " rssPeak=" + vmHwm() + " gcMillis=" + gcMillis() + " cpuNanos=" + cpuNanos() + " " + note + "\n";
    Files.writeString(Path.of(System.getProperty("bench.stats")), stats);
    System.exit(exit);
  }

  /** Inflate, then StAX over sharedStrings.xml (kept as a list, as any reader must) and sheet1.xml. */
  static long[] floorXlsx(Path file) throws Exception {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    long rows = 0;
    long cells = 0;
    long chars = 0;
    try (ZipFile zip = new ZipFile(file.toFile())) {
      List<String> shared = new ArrayList<>();
      ZipEntry sst = zip.getEntry("xl/sharedStrings.xml");
      if (sst != null) {
        try (InputStream in = new BufferedInputStream(zip.getInputStream(sst), 1 << 16)) {
          XMLStreamReader x = f.createXMLStreamReader(in);
          StringBuilder text = new StringBuilder();
          while (x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
              String n = x.getLocalName();
              if (n.equals("si")) {
                text.setLength(0);
              } else if (n.equals("t")) {
                text.append(x.getElementText());
              }
            } else if (ev == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("si")) {
              shared.add(text.toString());
            }
          }
          x.close();
        }
      }
      try (InputStream in = new BufferedInputStream(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")),
          1 << 16)) {
        XMLStreamReader x = f.createXMLStreamReader(in);
        String type = null;
        while (x.hasNext()) {
          int ev = x.next();
          if (ev == XMLStreamConstants.START_ELEMENT) {
            switch (x.getLocalName()) {
              case "row" -> rows++;
              case "c" -> {
                type = x.getAttributeValue(null, "t");
                x.getAttributeValue(null, "r");
                cells++;
              }
              case "v" -> {
                String v = x.getElementText();
                chars += "s".equals(type) ? shared.get(Integer.parseInt(v)).length() : v.length();
              }
              default -> { }
            }
          }
        }
        x.close();
      }
    }
    return new long[] {rows, cells, chars};
  }

  static long[] floorCsv(Path file) throws Exception {
    long rows = 0;
    long cells = 0;
    long chars = 0;
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser p = CSVParser.parse(r, CSVFormat.DEFAULT)) {
      for (CSVRecord rec : p) {
        rows++;
        for (String s : rec) {
          cells++;
          chars += s.length();
        }
      }
    }
    return new long[] {rows, cells, chars};
  }

  private static void watchGc() {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter e) {
        e.addNotificationListener((n, h) -> {
          if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
          }
          var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
          long used = 0;
          for (MemoryUsage u : info.getGcInfo().getMemoryUsageAfterGc().values()) {
            used += u.getUsed();
          }
          long heap = used - nonHeap(info);
          LIVE_PEAK.accumulateAndGet(heap, Math::max);
        }, null, null);
      }
    }
  }

  /** Metaspace and code cache are in the after-GC map too; they are not heap. */
  private static long nonHeap(GarbageCollectionNotificationInfo info) {
    long n = 0;
    for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
      String k = e.getKey();
      if (k.contains("Metaspace") || k.contains("Code") || k.contains("Class")) {
        n += e.getValue().getUsed();
      }
    }
    return n;
  }

  /** CPU time of the whole process (all threads, JIT and GC included): steadier than wall time on a busy machine. */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static long gcMillis() {
    long t = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      t += Math.max(0, gc.getCollectionTime());
    }
    return t;
  }

  private static long vmHwm() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (Exception e) {
      // not Linux: no RSS figure
    }
    return -1;
  }
}
