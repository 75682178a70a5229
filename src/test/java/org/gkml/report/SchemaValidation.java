package org.gkml.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/** JSON Schema validation for tests (SARIF against the official schema, catalogs against ours). */
public final class SchemaValidation {

  private SchemaValidation() {}

  /** The official SARIF 2.1.0 schema, kept once for all helpers in ../shared/schemas beside the project. */
  public static Path sarifSchemaFile() {
    return Path.of("").toAbsolutePath().getParent().resolve("shared/schemas/sarif-schema-2.1.0.json");
  }

  public static JsonSchema load(JsonNode schema, SpecVersion.VersionFlag version) {
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    return JsonSchemaFactory.getInstance(version).getSchema(schema, config);
  }

  public static JsonSchema sarif() throws IOException {
    return load(new ObjectMapper().readTree(sarifSchemaFile().toFile()), SpecVersion.VersionFlag.V4);
  }

  public static Set<ValidationMessage> validate(JsonSchema schema, JsonNode doc) {
    return schema.validate(doc);
  }
}
