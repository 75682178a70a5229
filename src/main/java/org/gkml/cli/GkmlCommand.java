package org.gkml.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.gkml.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: a table of contents of gkml's subcommands and its exit codes. */
@Command(
    name = "gkml",
    mixinStandardHelpOptions = true,
    versionProvider = GkmlCommand.VersionProvider.class,
    description = {
      "gkml 公开目录: build, check and publish 政务公开事项标准目录.",
      "检查、生成和发布基层政务公开事项标准目录。"
    },
    subcommands = {ValidateCommand.class, LintCommand.class, BuildCommand.class, FieldsCommand.class, RulesCommand.class,
      SchemaCommand.class,
      CoverageCommand.class, DiffCommand.class,
      ExportCommand.class, TemplateCommand.class,
      CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done; no finding at or above --fail-on",
      "1:done; at least one finding at or above --fail-on",
      "2:usage error, bad configuration, or an input that could not be read"
    })
public final class GkmlCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (validate, rules …)");
  }

  /** Runs gkml with the given arguments and streams; returns the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    quietLibraries();
    CommandLine cl = new CommandLine(new GkmlCommand());
    cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      boolean debug = parseResult.originalArgs().contains("--debug");
      if (ex instanceof org.gkml.write.AtomicOutput.Failed f) {
        commandLine.getErr().println("gkml: " + outputFailed(f, parseResult.originalArgs()));
        if (debug) {
          ex.printStackTrace(commandLine.getErr());
        }
        return ExitCodes.BAD_INPUT;
      }
      commandLine.getErr().println("gkml: " + (ex instanceof UsageException ? "" : "internal error: ") + ex.getMessage());
      if (debug) {
        ex.printStackTrace(commandLine.getErr());
      }
      return ExitCodes.BAD_INPUT;
    });
    return cl.execute(args);
  }

  /** Why an output could not be written, in the language of --lang: the target is unchanged. */
  static String outputFailed(org.gkml.write.AtomicOutput.Failed f, java.util.List<String> args) {
    int i = args.indexOf("--lang");
    boolean en = args.contains("--lang=en") || (i >= 0 && i + 1 < args.size() && args.get(i + 1).equalsIgnoreCase("en"));
    org.gkml.i18n.Messages m = org.gkml.i18n.Messages.of(en ? "en" : "zh");
    String reason = f.readOnly() ? m.get("output.read-only") : f.noSpace() ? m.get("output.no-space")
        : String.valueOf(f.getCause().getMessage());
    return m.get("output.failed", f.target(), reason);
  }

  /** POI logs through log4j-api; without this, a missing log4j backend prints a warning on every run. */
  static void quietLibraries() {
    System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
    System.setProperty("log4j2.simplelogLevel", "OFF");
    System.setProperty("org.apache.logging.log4j.level", "OFF");
  }

  /** The version from {@link Version}. */
  public static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"gkml " + Version.VERSION};
    }
  }

  /** A usage problem found after parsing (bad option value, bad configuration). */
  public static final class UsageException extends RuntimeException {
    public UsageException(String message) {
      super(message);
    }
  }
}
