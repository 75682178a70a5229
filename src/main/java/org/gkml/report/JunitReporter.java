package org.gkml.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.gkml.check.FileResult;
import org.gkml.i18n.Messages;
import org.gkml.model.InputKind;
import org.gkml.rules.BuiltInRules;
import org.gkml.rules.Finding;
import org.gkml.rules.RuleInfo;
import org.gkml.rules.Target;

/**
 * Findings as JUnit XML (the Ant/Jenkins/GitLab subset): one {@code testsuite} per file, one {@code testcase} per
 * (file, rule) that applies to the file's kind, so rules that pass show as passed tests; a rule's findings are
 * its {@code failure}s, one per finding. A file that could not be read is one testcase with an {@code error}.
 * Test names are rule ids, unique within their file's suite ({@code classname} is the file).
 */
public final class JunitReporter implements Reporter {

  @Override
  public void write(RunResult run, Messages m, Writer out) throws IOException {
    try {
      XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      List<Suite> suites = new ArrayList<>();
      for (FileResult f : run.files()) {
        suites.add(suite(f));
      }
      x.writeStartElement("testsuites");
      x.writeAttribute("name", "gkml");
      x.writeAttribute("tests", String.valueOf(suites.stream().mapToInt(Suite::tests).sum()));
      x.writeAttribute("failures", String.valueOf(suites.stream().mapToInt(Suite::failedCases).sum()));
      x.writeAttribute("errors", String.valueOf(run.unreadable()));
      x.writeCharacters("\n");
      for (Suite s : suites) {
        writeSuite(x, s, m);
      }
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndDocument();
      x.flush();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  private record Suite(FileResult file, String name, Map<String, List<Finding>> byRule) {
    int tests() {
      return file.failed() ? 1 : byRule.size();
    }

    int failedCases() {
      return (int) byRule.values().stream().filter(l -> !l.isEmpty()).count();
    }
  }

  private static Suite suite(FileResult f) {
    Map<String, List<Finding>> byRule = new LinkedHashMap<>();
    if (!f.failed()) {
      for (RuleInfo info : BuiltInRules.infos()) {
        if (applies(info, f.kind())) {
          byRule.put(info.id(), new ArrayList<>());
        }
      }
      for (Finding x : f.findings()) {
        byRule.computeIfAbsent(x.rule(), k -> new ArrayList<>()).add(x);
      }
    }
    return new Suite(f, ReportPaths.relative(f.path()), byRule);
  }

  private static boolean applies(RuleInfo info, InputKind kind) {
    if (info.appliesTo(Target.TABLE)) {
      return true;
    }
    if (kind == null) {
      return false;
    }
    return switch (kind) {
      case CATALOG -> info.appliesTo(Target.CATALOG_ITEM);
      case POWER -> info.appliesTo(Target.POWER);
      case SERVICE -> info.appliesTo(Target.SERVICE);
    };
  }

  private static void writeSuite(XMLStreamWriter x, Suite s, Messages m) throws XMLStreamException {
    x.writeCharacters("  ");
    x.writeStartElement("testsuite");
    x.writeAttribute("name", xml(s.name()));
    x.writeAttribute("tests", String.valueOf(s.tests()));
    x.writeAttribute("failures", String.valueOf(s.failedCases()));
    x.writeAttribute("errors", s.file().failed() ? "1" : "0");
    x.writeAttribute("skipped", "0");
    x.writeCharacters("\n");
    if (s.file().failed()) {
      FileResult f = s.file();
      x.writeCharacters("    ");
      x.writeStartElement("testcase");
      x.writeAttribute("classname", xml(s.name()));
      x.writeAttribute("name", "read");
      x.writeAttribute("file", xml(s.name()));
      String text = m.get(f.errorKey(), f.errorArgs()) + (f.errorPlace() != null ? " [" + f.errorPlace() + "]" : "");
      x.writeStartElement("error");
      x.writeAttribute("type", f.errorKey());
      x.writeAttribute("message", xml(text));
      x.writeCharacters(xml(text));
      x.writeEndElement();
      x.writeEndElement();
      x.writeCharacters("\n");
    }
    for (Map.Entry<String, List<Finding>> e : s.byRule().entrySet()) {
      x.writeCharacters("    ");
      x.writeStartElement("testcase");
      x.writeAttribute("classname", xml(s.name()));
      x.writeAttribute("name", e.getKey());
      x.writeAttribute("file", xml(s.name()));
      for (Finding f : e.getValue()) {
        x.writeCharacters("\n      ");
        x.writeStartElement("failure");
        x.writeAttribute("type", f.severity().id());
        String place = f.location().display();
        String message = (place.isEmpty() ? "" : place + " ") + SarifReporter.messageWithItem(f, m);
        x.writeAttribute("message", xml(message));
        StringBuilder body = new StringBuilder(message);
        if (f.value() != null && !f.value().isEmpty()) {
          body.append('\n').append(m.get("report.value")).append(FindingText.colon(m)).append(f.value());
        }
        if (f.fix() != null) {
          body.append('\n').append(m.get("report.fix")).append(FindingText.colon(m)).append(f.fix());
        }
        body.append('\n').append(m.get("report.help")).append(FindingText.colon(m)).append(FindingText.help(f, m));
        x.writeCharacters(xml(body.toString()));
        x.writeEndElement();
      }
      if (!e.getValue().isEmpty()) {
        x.writeCharacters("\n    ");
      }
      x.writeEndElement();
      x.writeCharacters("\n");
    }
    x.writeCharacters("  ");
    x.writeEndElement();
    x.writeCharacters("\n");
  }

  /** Drops the characters XML 1.0 cannot carry at all (control characters Excel lets into cells). */
  static String xml(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().forEach(c -> {
      if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
          || (c >= 0x10000 && c <= 0x10FFFF)) {
        sb.appendCodePoint(c);
      } else {
        sb.append('\uFFFD');
      }
    });
    return sb.toString();
  }
}
