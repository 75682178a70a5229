package org.gkml.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.gkml.read.InputException;

/** Decides how to read a file: by its extension, checked against its first bytes. */
public final class Inputs {

  /** The formats gkml reads. */
  public enum Format { XLSX, XLS, CSV, YAML }

  private Inputs() {}

  private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

  /** The format of a file, or an error naming why it cannot be read at all. */
  public static Format formatOf(Path file) throws InputException {
    if (!Files.exists(file)) {
      throw new InputException("input.not-found");
    }
    if (Files.isDirectory(file)) {
      throw new InputException("input.is-directory");
    }
    long size;
    byte[] head = new byte[8];
    int n;
    try {
      size = Files.size(file);
      try (InputStream in = Files.newInputStream(file)) {
        n = in.readNBytes(head, 0, 8);
      }
    } catch (IOException e) {
      throw new InputException("input.unreadable", null, e, String.valueOf(e.getMessage()));
    }
    if (size == 0) {
      throw new InputException("input.empty");
    }
    boolean zip = n >= 4 && startsWith(head, ZIP);
    boolean ole2 = n >= 8 && startsWith(head, OLE2);
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    String ext = name.contains(".") ? name.substring(name.lastIndexOf('.')) : "";
    switch (ext) {
      case ".xlsx", ".xlsm" -> {
        if (zip) {
          return Format.XLSX;
        }
        if (ole2) {
          // Password-protected .xlsx files are OLE2 containers; a misnamed .xls is too.
          return Format.XLS;
        }
        throw new InputException("input.not-xlsx");
      }
      case ".xls", ".et" -> {
        return zip ? Format.XLSX : Format.XLS;
      }
      case ".csv", ".tsv", ".txt" -> {
        return Format.CSV;
      }
      case ".yaml", ".yml", ".json" -> { // a JSON catalog (gkml export --format json) is YAML too
        return Format.YAML;
      }
      default -> {
        if (zip) {
          return Format.XLSX;
        }
        if (ole2) {
          return Format.XLS;
        }
        throw new InputException("input.unsupported", ext.isEmpty() ? name : ext);
      }
    }
  }

  private static boolean startsWith(byte[] head, byte[] magic) {
    for (int i = 0; i < magic.length; i++) {
      if (head[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
