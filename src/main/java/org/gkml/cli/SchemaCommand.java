package org.gkml.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code gkml schema}: prints the JSON Schema of the YAML catalog format, for editors (VS Code YAML and others). */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = {"Print the JSON Schema of the YAML catalog format (for editors).", "输出 YAML 目录格式的 JSON Schema（供编辑器补全和提示）。"})
public final class SchemaCommand implements Callable<Integer> {

  /** Where the schema lives in the jar (and in src/main/resources). */
  public static final String RESOURCE = "/org/gkml/catalog.schema.json";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    try (InputStream in = SchemaCommand.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the schema is missing from the jar: " + RESOURCE);
      }
      spec.commandLine().getOut().print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      spec.commandLine().getOut().flush();
    }
    return ExitCodes.OK;
  }
}
